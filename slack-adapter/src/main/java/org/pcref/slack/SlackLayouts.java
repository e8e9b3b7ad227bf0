package org.pcref.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import java.util.ArrayList;
import java.util.List;
import org.pcref.core.message.Reply;

/**
 * The team grid, the check-in summary and a competency's history as Block Kit, laid out to scan: a
 * header, then per competency or entry a section whose two fields are the name and the level (its
 * word in bold, an emoji beside it only as decoration), and a context line for who and when.
 * Buttons are added by {@link BlockKitRenderer}.
 */
final class SlackLayouts {

  /** Slack's limit on a section field's text. */
  static final int MAX_FIELD = 2_000;

  private SlackLayouts() {}

  static List<LayoutBlock> grid(Reply.Grid grid) {
    List<LayoutBlock> blocks = heading(grid.title(), grid.subtitle());
    for (Reply.GridRow row : grid.rows()) {
      blocks.add(pair("*" + escape(row.competency()) + "*", level(row.level())));
      List<String> about = new ArrayList<>();
      if (!row.who().isEmpty()) {
        about.add(escape(row.who()) + " · " + escape(row.when()));
      }
      if (row.overdue()) {
        about.add(":warning: Due for review");
      }
      if (!about.isEmpty()) {
        blocks.add(contextLine(String.join(" · ", about)));
      }
    }
    if (!grid.footer().isEmpty()) {
      blocks.add(contextLine(escape(grid.footer())));
    }
    return blocks;
  }

  static List<LayoutBlock> summary(Reply.Summary summary) {
    List<LayoutBlock> blocks = heading(summary.title(), summary.subtitle());
    for (Reply.Change change : summary.changes()) {
      String after =
          change.after() == null ? "_skipped_" : level(change.after()) + " · " + mark(change);
      String before = change.before() == null ? "" : escape(change.before().word()) + " → ";
      blocks.add(pair("*" + escape(change.competency()) + "*", before + after));
      if (!change.note().isEmpty()) {
        blocks.add(contextLine("Note: " + escape(change.note())));
      }
    }
    for (Reply.Section section : summary.nextSteps()) {
      StringBuilder text = new StringBuilder("*" + escape(section.heading()) + "*");
      for (Reply.Item item : section.items()) {
        text.append("\n• ").append(escape(item.text()));
      }
      blocks.addAll(BlockKitRenderer.textBlocks(text.toString()));
    }
    return blocks;
  }

  static List<LayoutBlock> timeline(Reply.Timeline timeline) {
    List<LayoutBlock> blocks = heading(timeline.title(), "");
    if (timeline.moments().isEmpty()) {
      blocks.add(contextLine(escape(timeline.empty())));
    }
    for (Reply.Moment moment : timeline.moments()) {
      blocks.add(pair("*" + escape(moment.when()) + "*", level(moment.level())));
      String about = escape(moment.who()) + (moment.how().isEmpty() ? "" : " · " + moment.how());
      blocks.add(
          contextLine(
              moment.note().isEmpty() ? about : about + "\nNote: " + escape(moment.note())));
    }
    return blocks;
  }

  /**
   * A level in words, in bold, with the same mark as {@link LevelMarks} beside it, for decoration.
   */
  static String level(Reply.Badge badge) {
    String emoji =
        switch (badge.tone()) {
          case GOOD -> ":large_green_circle:";
          case WARNING -> ":large_orange_circle:";
          case ATTENTION -> ":red_circle:";
          case ACCENT -> ":star:";
          case NONE -> ":white_circle:";
        };
    return emoji + " *" + escape(badge.word()) + "*";
  }

  private static String mark(Reply.Change change) {
    return switch (change.trend()) {
      case UP -> "↑ up";
      case DOWN -> "↓ down";
      case SAME -> "= same";
      case FIRST -> "first rating";
      case SKIPPED -> "skipped";
    };
  }

  /** A header (or a bold line, when the title is too long for one) and a context subtitle. */
  static List<LayoutBlock> heading(String title, String subtitle) {
    List<LayoutBlock> blocks = new ArrayList<>();
    String escaped = escape(title);
    if (escaped.length() <= BlockKitRenderer.MAX_HEADER) {
      blocks.add(header(h -> h.text(plainText(escaped))));
    } else {
      blocks.addAll(BlockKitRenderer.textBlocks("*" + escaped + "*"));
    }
    if (!subtitle.isEmpty()) {
      blocks.add(contextLine(escape(subtitle)));
    }
    return blocks;
  }

  static LayoutBlock contextLine(String escaped) {
    String text = SlackText.shorten(escaped, BlockKitRenderer.MAX_TEXT);
    return context(c -> c.elements(List.of(BlockKitRenderer.markdown(text))));
  }

  private static LayoutBlock pair(String left, String right) {
    List<TextObject> fields =
        List.of(
            BlockKitRenderer.markdown(SlackText.shorten(left, MAX_FIELD)),
            BlockKitRenderer.markdown(SlackText.shorten(right, MAX_FIELD)));
    return section(s -> s.fields(fields));
  }

  private static String escape(String text) {
    return SlackText.escape(text);
  }
}

package org.pcref.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.pcref.core.message.Reply;

/**
 * A card's text as blocks, without its buttons: the title as a {@code header}, the sections as
 * {@code section}s, the footer (who, when, hints) and a short subtitle (who and when) as small
 * {@code context} text; a subtitle that asks or explains stays full size. A section whose every
 * item is one competency's level ({@code Co-Production: Good — sam, 29 Nov}) becomes a grid of
 * {@code section} fields, two to a row, one on a phone; levels anywhere in an item or heading are
 * marked ({@link LevelMarks}).
 */
final class CardBlocks {

  static final int MAX_FIELDS = 10;
  static final int MAX_FIELD = 2_000;

  /** The longest subtitle shown as small secondary text. */
  static final int MAX_SECONDARY = 60;

  /** A competency's level, or that it has none yet: a line of the team grid or a summary. */
  private static final Pattern RATED =
      Pattern.compile("^[^:\\n]{1,80}: (not rated yet|skipped)$", Pattern.CASE_INSENSITIVE);

  private CardBlocks() {}

  static List<LayoutBlock> of(Reply.Card card) {
    List<LayoutBlock> blocks = new ArrayList<>();
    String title = SlackText.escape(card.title());
    if (title.length() <= BlockKitRenderer.MAX_HEADER) {
      blocks.add(header(h -> h.text(plainText(title))));
    } else {
      blocks.addAll(BlockKitRenderer.textBlocks("*" + title + "*"));
    }
    if (isSecondary(card.subtitle())) {
      String subtitle = SlackText.escape(card.subtitle());
      blocks.add(context(c -> c.elements(List.of(BlockKitRenderer.markdown(subtitle)))));
    } else if (!card.subtitle().isEmpty()) {
      blocks.addAll(BlockKitRenderer.textBlocks(SlackText.escape(card.subtitle())));
    }
    for (Reply.Section section : card.sections()) {
      blocks.addAll(isGrid(section) ? grid(section) : bullets(section));
    }
    if (!card.footer().isEmpty()) {
      for (String piece :
          SlackText.split(SlackText.escape(card.footer()), BlockKitRenderer.MAX_TEXT)) {
        blocks.add(context(c -> c.elements(List.of(BlockKitRenderer.markdown(piece)))));
      }
    }
    return blocks;
  }

  /**
   * A short line beside the title rather than something to read or answer: who and when ("By sam,
   * 29 Nov 2026"), a period, a kind. A question or a sentence stays in full-size text.
   */
  static boolean isSecondary(String subtitle) {
    String s = subtitle.strip();
    return !s.isEmpty()
        && s.length() <= MAX_SECONDARY
        && !s.contains("?")
        && !s.contains("\n")
        && !s.endsWith(".")
        && !s.endsWith(":");
  }

  private static List<LayoutBlock> bullets(Reply.Section section) {
    StringBuilder text = new StringBuilder();
    if (!section.heading().isEmpty()) {
      text.append(heading(SlackText.escape(section.heading()))).append('\n');
    }
    for (Reply.Item item : section.items()) {
      text.append("• ").append(LevelMarks.mark(SlackText.escape(item.text()))).append('\n');
      for (String sub : item.subItems()) {
        text.append("        ◦ ").append(SlackText.escape(sub)).append('\n');
      }
    }
    return text.isEmpty()
        ? List.of()
        : BlockKitRenderer.textBlocks(text.toString().stripTrailing());
  }

  /** A bold heading; a level heading gets its marker before it. */
  private static String heading(String escaped) {
    String bold = "*" + escaped + "*";
    return LevelMarks.startsWithLevel(escaped) && !escaped.contains(": ")
        ? LevelMarks.marker(escaped.split(" —| \\(|,")[0].strip()) + " " + bold
        : bold;
  }

  /** Whether each item is a competency's level (two or more of them) and fits in a field. */
  static boolean isGrid(Reply.Section section) {
    if (section.items().size() < 2) {
      return false;
    }
    for (Reply.Item item : section.items()) {
      String escaped = SlackText.escape(item.text());
      boolean rated =
          escaped.contains(": ")
              && (LevelMarks.startsWithLevel(escaped) || RATED.matcher(escaped).matches());
      if (!rated || field(item).length() > MAX_FIELD) {
        return false;
      }
    }
    return true;
  }

  private static List<LayoutBlock> grid(Reply.Section section) {
    List<LayoutBlock> blocks = new ArrayList<>();
    if (!section.heading().isEmpty()) {
      blocks.addAll(BlockKitRenderer.textBlocks(heading(SlackText.escape(section.heading()))));
    }
    List<TextObject> fields = new ArrayList<>();
    for (Reply.Item item : section.items()) {
      fields.add(BlockKitRenderer.markdown(field(item)));
      if (fields.size() == MAX_FIELDS) {
        List<TextObject> row = List.copyOf(fields);
        blocks.add(section(s -> s.fields(row)));
        fields.clear();
      }
    }
    if (!fields.isEmpty()) {
      List<TextObject> row = List.copyOf(fields);
      blocks.add(section(s -> s.fields(row)));
    }
    return blocks;
  }

  /** {@code *Competency*}, then its marked level and who set it when, then any notes. */
  private static String field(Reply.Item item) {
    String escaped = SlackText.escape(item.text());
    int colon = escaped.indexOf(": ");
    StringBuilder field =
        new StringBuilder("*")
            .append(escaped, 0, colon)
            .append("*\n")
            .append(LevelMarks.mark(escaped.substring(colon + 2)));
    for (String sub : item.subItems()) {
      field.append('\n').append(SlackText.escape(sub));
    }
    return field.toString();
  }
}

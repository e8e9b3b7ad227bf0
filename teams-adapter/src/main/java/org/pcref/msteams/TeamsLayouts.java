package org.pcref.msteams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.pcref.core.message.Reply;
import org.pcref.core.message.Tone;

/**
 * The team grid, the check-in summary and a competency's history as Adaptive Cards a phone reads at
 * a glance: one row per competency or entry, its name and who/when on the left, the level on the
 * right as a badge (a container in the host's semantic style with the level's word in it, so the
 * colour never stands alone). Only the host's colours are used, so light, dark and high-contrast
 * themes all stay readable.
 */
final class TeamsLayouts {

  /** The element id of a summary's next steps, shown and hidden by its toggle button. */
  static final String NEXT_STEPS = "nextSteps";

  private TeamsLayouts() {}

  static ObjectNode grid(Reply.Grid grid, boolean everyone) {
    ObjectNode root = CardRenderer.adaptiveCard();
    ArrayNode body = root.withArray("body");
    title(body, grid.title(), grid.subtitle());
    for (Reply.GridRow row : grid.rows()) {
      ObjectNode left = column("stretch");
      left.withArray("items").add(CardRenderer.textBlock(row.competency()).put("weight", "Bolder"));
      if (!row.who().isEmpty()) {
        left.withArray("items").add(subtle(row.who() + " · " + row.when()));
      }
      if (row.overdue()) {
        left.withArray("items")
            .add(
                CardRenderer.textBlock("⚠ Due for review")
                    .put("color", "Attention")
                    .put("size", "Small")
                    .put("spacing", "None"));
      }
      body.add(row(left, badge(row.level())));
    }
    footer(body, grid.footer());
    CardRenderer.buttons(body, grid.choices(), grid.title(), everyone);
    return root;
  }

  static ObjectNode summary(Reply.Summary summary, boolean everyone) {
    ObjectNode root = CardRenderer.adaptiveCard();
    ArrayNode body = root.withArray("body");
    title(body, summary.title(), summary.subtitle());
    for (Reply.Change change : summary.changes()) {
      ObjectNode left = column("stretch");
      ArrayNode items = left.withArray("items");
      items.add(CardRenderer.textBlock(change.competency()).put("weight", "Bolder"));
      items.add(subtle(movement(change)));
      body.add(
          row(
              left,
              change.after() == null
                  ? badge(new Reply.Badge("Skipped", Tone.NONE))
                  : badge(change.after())));
      note(body, change.note());
    }
    if (!summary.nextSteps().isEmpty()) {
      ObjectNode steps = body.addObject();
      steps.put("type", "Container");
      steps.put("id", NEXT_STEPS);
      steps.put("isVisible", false);
      ArrayNode items = steps.putArray("items");
      for (Reply.Section section : summary.nextSteps()) {
        items.add(
            CardRenderer.textBlock(section.heading())
                .put("weight", "Bolder")
                .put("spacing", "Medium"));
        for (Reply.Item item : section.items()) {
          items.add(CardRenderer.bullet("• ", item.text()));
        }
      }
      ObjectNode toggle = body.addObject();
      toggle.put("type", "ActionSet");
      ObjectNode show = toggle.putArray("actions").addObject();
      show.put("type", "Action.ToggleVisibility");
      show.put("title", "Show next steps");
      show.putArray("targetElements").add(NEXT_STEPS);
    }
    CardRenderer.buttons(body, summary.choices(), summary.title(), everyone);
    return root;
  }

  /** "Developing → Good · ▲ up", or the first rating, or skipped: in words, the arrow adds. */
  static String movement(Reply.Change change) {
    if (change.after() == null) {
      return "Skipped";
    }
    String from = change.before() == null ? "" : change.before().word() + " → ";
    String mark =
        switch (change.trend()) {
          case UP -> "▲ up";
          case DOWN -> "▼ down";
          case SAME -> "= same";
          case FIRST -> "first rating";
          case SKIPPED -> "skipped";
        };
    return from + change.after().word() + " · " + mark;
  }

  static ObjectNode timeline(Reply.Timeline timeline, boolean everyone) {
    ObjectNode root = CardRenderer.adaptiveCard();
    ArrayNode body = root.withArray("body");
    title(body, timeline.title(), "");
    if (timeline.moments().isEmpty()) {
      body.add(subtle(timeline.empty()));
    }
    for (Reply.Moment moment : timeline.moments()) {
      ObjectNode left = column("stretch");
      ArrayNode items = left.withArray("items");
      items.add(CardRenderer.textBlock(moment.when()).put("weight", "Bolder"));
      items.add(subtle(moment.who() + (moment.how().isEmpty() ? "" : " · " + moment.how())));
      body.add(row(left, badge(moment.level())).put("separator", true));
      note(body, moment.note());
    }
    CardRenderer.buttons(body, timeline.choices(), timeline.title(), everyone);
    return root;
  }

  /** A note under its row, the card's full width: a long one reads better there. */
  private static void note(ArrayNode body, String note) {
    if (!note.isEmpty()) {
      body.add(CardRenderer.textBlock("Note: " + note).put("spacing", "Small"));
    }
  }

  /** A level as a badge: its word, in a container of the tone's style. */
  static ObjectNode badge(Reply.Badge level) {
    ObjectNode column = column("auto");
    column.put("verticalContentAlignment", "Top");
    ObjectNode box = column.withArray("items").addObject();
    box.put("type", "Container");
    box.put("style", style(level.tone()));
    box.put("bleed", false);
    // The style's own default text colour is the one each theme sets against its background.
    ObjectNode word = CardRenderer.textBlock(level.word()).put("weight", "Bolder");
    word.put("size", "Small");
    box.putArray("items").add(word);
    return column;
  }

  /** The host's container style for a tone: its background colour in every theme. */
  static String style(Tone tone) {
    return switch (tone) {
      case GOOD -> "good";
      case WARNING -> "warning";
      case ATTENTION -> "attention";
      case ACCENT -> "accent";
      case NONE -> "emphasis";
    };
  }

  static void title(ArrayNode body, String title, String subtitle) {
    body.add(
        CardRenderer.textBlock(title)
            .put("size", "Medium")
            .put("weight", "Bolder")
            .put("style", "heading"));
    if (!subtitle.isEmpty()) {
      body.add(CardRenderer.textBlock(subtitle).put("isSubtle", true).put("spacing", "None"));
    }
  }

  static void footer(ArrayNode body, String footer) {
    if (!footer.isEmpty()) {
      body.add(
          CardRenderer.textBlock(footer)
              .put("isSubtle", true)
              .put("size", "Small")
              .put("spacing", "Medium"));
    }
  }

  static ObjectNode subtle(String text) {
    return CardRenderer.textBlock(text)
        .put("isSubtle", true)
        .put("size", "Small")
        .put("spacing", "None");
  }

  static ObjectNode column(String width) {
    ObjectNode column = JsonNodeFactory.instance.objectNode();
    column.put("type", "Column");
    column.put("width", width);
    column.putArray("items");
    return column;
  }

  static ObjectNode row(ObjectNode... columns) {
    ObjectNode set = JsonNodeFactory.instance.objectNode();
    set.put("type", "ColumnSet");
    set.put("spacing", "Medium");
    ArrayNode all = set.putArray("columns");
    List.of(columns).forEach(all::add);
    return set;
  }
}

package org.pcref.msteams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.TextFormatTypes;
import java.util.ArrayList;
import java.util.List;
import org.pcref.core.message.Choice;
import org.pcref.core.message.PlainText;
import org.pcref.core.message.Reply;

/**
 * Turns the core's neutral replies into Teams messages: short texts as markdown messages, cards and
 * choices as Adaptive Cards (version 1.5, which Teams renders on desktop, web and mobile). Cards
 * are built as JSON objects; every string from the core is escaped with {@link TeamsMarkdown}, and
 * buttons carry the core's action id and value in their submit data.
 */
final class CardRenderer {

  static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
  static final String VERSION = "1.5";

  private static final ObjectMapper JSON = new ObjectMapper();

  List<Activity> render(List<Reply> replies) {
    List<Activity> out = new ArrayList<>();
    for (Reply each : replies) {
      if (each instanceof Reply.ForChannel shared) {
        // A card for the whole channel: each person presses its buttons for themselves.
        out.addAll(messages(shared.reply(), true));
      } else {
        out.addAll(messages(each, false));
      }
    }
    return out;
  }

  /** The first message of a reply: the only one, unless the reply is too long for one. */
  Activity render(Reply reply) {
    return messages(reply).get(0);
  }

  /**
   * A reply as Teams messages: one, or several in order when it is too long for one message
   * whatever its script (see {@link CardPages}).
   */
  List<Activity> messages(Reply reply) {
    return messages(reply, false);
  }

  /**
   * A reply as Teams messages: one, or several in order when it is too long for one message
   * whatever its script (see {@link CardPages}); {@code everyone}: a card for the whole channel.
   */
  private List<Activity> messages(Reply reply, boolean everyone) {
    List<Activity> out = new ArrayList<>();
    if (reply instanceof Reply.Text text) {
      for (String piece : CardPages.pieces(text.text(), CardPages.MAX_CARD_BYTES / 2)) {
        out.add(text(piece));
      }
      return out;
    }
    String summary = PlainText.render(List.of(reply)).text();
    ObjectNode card;
    if (reply instanceof Reply.Card each) {
      card = card(each, everyone);
    } else if (reply instanceof Reply.Choices choices) {
      card = choices(choices, everyone);
    } else if (reply instanceof Reply.File file) {
      card = file(file);
      summary = file.name();
    } else if (reply instanceof Reply.Grid grid) {
      card = TeamsLayouts.grid(grid, everyone);
    } else if (reply instanceof Reply.Summary done) {
      card = TeamsLayouts.summary(done, everyone);
    } else if (reply instanceof Reply.Timeline timeline) {
      card = TeamsLayouts.timeline(timeline, everyone);
    } else if (reply instanceof Reply.Checklist checklist) {
      card = TeamsChecklist.card(checklist, everyone);
    } else {
      throw new IllegalArgumentException("not a reply to render: " + reply);
    }
    for (ObjectNode page : CardPages.of(card)) {
      out.add(message(page, summary));
    }
    return out;
  }

  /** A short message; line breaks are kept, everything else shows as typed. */
  static Activity text(String text) {
    Activity message = Activity.createMessageActivity();
    message.setTextFormat(TextFormatTypes.MARKDOWN);
    message.setText(String.join("<br>", TeamsMarkdown.message(text).split("\n", -1)));
    return message;
  }

  static Activity message(ObjectNode card, String summary) {
    Activity message = Activity.createMessageActivity();
    Attachment attachment = new Attachment();
    attachment.setContentType(CONTENT_TYPE);
    attachment.setContent(card);
    message.setAttachments(List.of(attachment));
    message.setSummary(firstLine(summary));
    return message;
  }

  ObjectNode card(Reply.Card card) {
    return card(card, false);
  }

  private ObjectNode card(Reply.Card card, boolean everyone) {
    ObjectNode root = adaptiveCard();
    ArrayNode body = root.withArray("body");
    body.add(textBlock(card.title()).put("size", "Medium").put("weight", "Bolder"));
    if (!card.subtitle().isEmpty()) {
      body.add(textBlock(card.subtitle()).put("isSubtle", true).put("spacing", "None"));
    }
    for (Reply.Section section : card.sections()) {
      if (!section.heading().isEmpty()) {
        body.add(textBlock(section.heading()).put("weight", "Bolder").put("spacing", "Medium"));
      }
      for (Reply.Item item : section.items()) {
        body.add(bullet("• ", item.text()));
        for (String sub : item.subItems()) {
          body.add(bullet("\u00a0\u00a0\u00a0\u00a0◦ ", sub));
        }
      }
    }
    if (!card.footer().isEmpty()) {
      body.add(textBlock(card.footer()).put("isSubtle", true).put("spacing", "Medium"));
    }
    buttons(body, card.choices(), card.title(), everyone);
    return root;
  }

  ObjectNode choices(Reply.Choices choices) {
    return choices(choices, false);
  }

  private ObjectNode choices(Reply.Choices choices, boolean everyone) {
    ObjectNode root = adaptiveCard();
    ArrayNode body = root.withArray("body");
    for (String line : choices.prompt().split("\n")) {
      body.add(textBlock(line));
    }
    buttons(body, choices.choices(), choices.prompt(), everyone);
    return root;
  }

  ObjectNode file(Reply.File file) {
    ObjectNode root = adaptiveCard();
    ArrayNode body = root.withArray("body");
    body.add(textBlock(file.name()).put("weight", "Bolder"));
    // The byte order mark is for spreadsheets; shown in a card it is only noise.
    String content = file.content().replaceFirst("^\uFEFF", "");
    body.add(textBlock(content).put("fontType", "Monospace").put("size", "Small"));
    return root;
  }

  /**
   * What a card becomes once one of its buttons was pressed: the question and the answer, without
   * buttons, so the same card cannot be answered twice.
   */
  ObjectNode answered(Submit submit, String userName) {
    ObjectNode root = adaptiveCard();
    ArrayNode body = root.withArray("body");
    if (!submit.question().isEmpty()) {
      body.add(textBlock(submit.question()));
    }
    String label = submit.label().isEmpty() ? submit.value() : submit.label();
    body.add(
        textBlock("✔ " + label + " — " + userName).put("weight", "Bolder").put("color", "Good"));
    return root;
  }

  static ObjectNode adaptiveCard() {
    ObjectNode root = JSON.createObjectNode();
    root.put("type", "AdaptiveCard");
    root.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
    root.put("version", VERSION);
    root.putObject("msteams").put("width", "Full");
    root.putArray("body");
    return root;
  }

  static ObjectNode textBlock(String plainText) {
    ObjectNode block = JSON.createObjectNode();
    block.put("type", "TextBlock");
    block.put("text", TeamsMarkdown.card(plainText));
    block.put("wrap", true);
    return block;
  }

  static void buttons(ArrayNode body, List<Choice> choices, String question) {
    buttons(body, choices, question, false);
  }

  static void buttons(ArrayNode body, List<Choice> choices, String question, boolean everyone) {
    ButtonRows.add(body, choices, firstLine(question), everyone);
  }

  static ObjectNode bullet(String marker, String text) {
    ObjectNode block = textBlock(text);
    block.put("text", marker + block.get("text").asText());
    block.put("spacing", "Small");
    return block;
  }

  static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}

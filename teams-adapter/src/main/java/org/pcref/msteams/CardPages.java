package org.pcref.msteams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps every Adaptive Card within what a Teams message holds: about 28 KB, in bytes of UTF-8, so a
 * card of Bengali or Arabic text reaches it at a third of the characters of an English one. A card
 * over the budget is split into several cards, in order: the text blocks are shared out, a text
 * block too long for one card is cut at a line, a space or at least between two characters a reader
 * sees, and the buttons go on the last card.
 */
final class CardPages {

  /** Teams refuses a message over 28 KB; the rest of the activity (ids, summary) needs room too. */
  static final int MAX_CARD_BYTES = 24_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private CardPages() {}

  /** {@code card} itself when it fits, otherwise the cards it is split into. */
  static List<ObjectNode> of(ObjectNode card) {
    if (bytes(card) <= MAX_CARD_BYTES) {
      return List.of(card);
    }
    List<JsonNode> blocks = new ArrayList<>();
    List<JsonNode> buttons = new ArrayList<>();
    for (JsonNode element : card.withArray("body")) {
      if ("ActionSet".equals(element.path("type").asText())) {
        buttons.add(element);
      } else {
        blocks.addAll(fitting(element));
      }
    }
    List<ObjectNode> pages = new ArrayList<>();
    ObjectNode page = emptyLike(card, false);
    for (JsonNode block : blocks) {
      ArrayNode body = page.withArray("body");
      body.add(block);
      if (bytes(page) > MAX_CARD_BYTES && body.size() > 1) {
        body.remove(body.size() - 1);
        pages.add(page);
        page = emptyLike(card, true);
        page.withArray("body").add(block);
      }
    }
    for (JsonNode row : buttons) {
      ArrayNode body = page.withArray("body");
      body.add(row);
      if (bytes(page) > MAX_CARD_BYTES && body.size() > 1) {
        body.remove(body.size() - 1);
        pages.add(page);
        page = emptyLike(card, true);
        page.withArray("body").add(row);
      }
    }
    pages.add(page);
    return pages;
  }

  /** The card's size as Teams counts it: bytes of its JSON in UTF-8. */
  static int bytes(JsonNode card) {
    try {
      return JSON.writeValueAsString(card).getBytes(StandardCharsets.UTF_8).length;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode emptyLike(ObjectNode card, boolean continued) {
    ObjectNode page = card.deepCopy();
    page.putArray("body");
    if (continued) {
      page.withArray("body")
          .addObject()
          .put("type", "TextBlock")
          .put("text", "(continued)")
          .put("isSubtle", true)
          .put("wrap", true);
    }
    return page;
  }

  /** The element, or, when its text alone is too long for a card, copies with a piece each. */
  private static List<JsonNode> fitting(JsonNode element) {
    JsonNode text = element.get("text");
    if (text == null || !text.isTextual() || bytes(element) <= MAX_CARD_BYTES - 1_000) {
      return List.of(element);
    }
    List<JsonNode> pieces = new ArrayList<>();
    for (String piece : pieces(text.asText(), (MAX_CARD_BYTES - 1_000) / 2)) {
      pieces.add(((ObjectNode) element.deepCopy()).put("text", piece));
    }
    return pieces;
  }

  /**
   * {@code text} in pieces of at most {@code maxBytes} of UTF-8 each (JSON escapes can at most
   * double them, hence the half budget of the caller), cut at a line break, else a space, else
   * between two characters as a reader sees them.
   */
  static List<String> pieces(String text, int maxBytes) {
    List<String> pieces = new ArrayList<>();
    BreakIterator characters = BreakIterator.getCharacterInstance();
    characters.setText(text);
    int start = 0;
    while (start < text.length()) {
      int end = start;
      int bytes = 0;
      int lastLine = -1;
      int lastSpace = -1;
      for (int next = characters.following(end);
          next != BreakIterator.DONE;
          next = characters.following(end)) {
        int size = text.substring(end, next).getBytes(StandardCharsets.UTF_8).length;
        if (bytes + size > maxBytes && end > start) {
          break;
        }
        bytes += size;
        char c = text.charAt(end);
        end = next;
        if (c == '\n') {
          lastLine = end;
        } else if (c == ' ') {
          lastSpace = end;
        }
      }
      if (end < text.length()) {
        int half = start + (end - start) / 2;
        end = lastLine > half ? lastLine : lastSpace > half ? lastSpace : end;
      }
      pieces.add(text.substring(start, end));
      start = end;
    }
    return pieces;
  }
}

package org.pcref.msteams;

/**
 * Escapes plain text for the two places Teams reads markdown: Adaptive Card text blocks and message
 * text. What people typed and what the bot stored is shown as typed: it cannot become a link, a
 * mention, a list, bold text or a card function such as {@code {{DATE(...)}}}.
 */
final class TeamsMarkdown {

  /**
   * Punctuation with a meaning anywhere in a line: emphasis, code, links and images (escaping the
   * brackets is enough to stop both), and the braces of card functions.
   */
  private static final String INLINE = "\\`*_~[]{}";

  /** Characters that start a list, quote or heading at the beginning of a line. */
  private static final String BLOCK = "-+>=#";

  private TeamsMarkdown() {}

  /** Text for an Adaptive Card {@code TextBlock} (cards show no HTML, so angle brackets stay). */
  static String card(String text) {
    return escape(text, false);
  }

  /** Text for a markdown message, where Teams also reads HTML such as {@code <at>}. */
  static String message(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean html) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    boolean lineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        continue;
      }
      if (lineStart && Character.isDigit(c)) {
        // "1. " starts a numbered list: the dot is the marker, so the dot is escaped.
        int j = i;
        while (j < text.length() && Character.isDigit(text.charAt(j))) {
          j++;
        }
        out.append(text, i, j);
        if (j < text.length() && text.charAt(j) == '.') {
          out.append("\\.");
          j++;
        }
        i = j - 1;
        lineStart = false;
        continue;
      }
      if (html && (c == '<' || c == '>' || c == '&')) {
        out.append(c == '<' ? "&lt;" : c == '>' ? "&gt;" : "&amp;");
      } else if (INLINE.indexOf(c) >= 0 || lineStart && BLOCK.indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
      if (c == '\n') {
        lineStart = true;
      } else if (c != ' ' && c != '\t') {
        lineStart = false;
      }
    }
    return out.toString();
  }
}

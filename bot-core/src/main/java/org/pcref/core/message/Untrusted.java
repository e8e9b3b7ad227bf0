package org.pcref.core.message;

/**
 * A value that came from outside (a request's field, a token's header) made safe to write in a log
 * line: control characters escaped, so a line break cannot forge a second line, and cut to a length
 * that keeps one request from writing a megabyte of log.
 */
public final class Untrusted {

  /** The most characters of one value a log line shows. */
  public static final int MAX_LOGGED = 200;

  private Untrusted() {}

  public static String forLog(Object value) {
    if (value == null) {
      return "null";
    }
    String text = value.toString();
    int shown = Math.min(text.length(), MAX_LOGGED);
    StringBuilder out = new StringBuilder(shown + 16);
    for (int i = 0; i < shown; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\\' -> out.append("\\\\");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    if (text.length() > shown) {
      out.append("…(").append(text.length() - shown).append(" more)");
    }
    return out.toString();
  }
}

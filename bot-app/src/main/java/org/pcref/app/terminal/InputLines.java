package org.pcref.app.terminal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Standard input as lines of UTF-8 text. Bytes that are not UTF-8 become U+FFFD. Only a line feed
 * ends a line (a carriage return before it is dropped), so stray control bytes never split one. A
 * line longer than {@link #MAX_LINE_LENGTH} is cut there and the rest skipped, so no input can
 * exhaust memory.
 */
final class InputLines {

  static final int MAX_LINE_LENGTH = 1 << 20;

  private final BufferedReader reader;

  InputLines(InputStream in) {
    // A reader made with a Charset (not a decoder) replaces malformed input instead of failing.
    this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** The next line without its line ending, or null at the end of input. */
  String next() {
    try {
      StringBuilder line = new StringBuilder();
      int c = reader.read();
      if (c < 0) {
        return null;
      }
      while (c >= 0 && c != '\n') {
        if (line.length() < MAX_LINE_LENGTH) {
          line.append((char) c);
        }
        c = reader.read();
      }
      int last = line.length() - 1;
      if (c == '\n' && last >= 0 && line.charAt(last) == '\r') {
        line.setLength(last);
      }
      return line.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input: " + e.getMessage(), e);
    }
  }
}

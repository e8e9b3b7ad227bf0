package org.pcref.core.qa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The words of English, to tell a real word from a typo: a correction must never turn one real
 * English word into another ("median" into "media", "mediation" into "media"). Read once a process,
 * the first time a typed word is not one the framework uses.
 */
final class EnglishWords {

  private static final String FILE = "english-words.txt.gz";

  private final Set<String> words;

  private EnglishWords(Set<String> words) {
    this.words = words;
  }

  /** The bundled list, read once for the whole process: it never changes. */
  static EnglishWords bundled() {
    return Bundled.WORDS;
  }

  private static final class Bundled {
    static final EnglishWords WORDS = read();
  }

  private static EnglishWords read() {
    try (InputStream raw = EnglishWords.class.getResourceAsStream(FILE)) {
      if (raw == null) {
        throw new IllegalStateException(FILE + " is not on the classpath");
      }
      Set<String> words = new HashSet<>(100_000);
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          words.add(line);
        }
      }
      return new EnglishWords(Collections.unmodifiableSet(words));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + FILE, e);
    }
  }

  boolean has(String word) {
    return words.contains(word);
  }
}

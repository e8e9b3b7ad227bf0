package org.pcref.core.checkin;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words that steer a check-in rather than answer it, typed or pressed: skip, back, pause,
 * cancel. A button's value carries which question it belongs to, so an old button cannot answer a
 * newer question.
 */
enum Move {
  SKIP,
  BACK,
  PAUSE,
  CANCEL;

  private static final Map<String, Move> WORDS =
      Map.ofEntries(
          Map.entry("skip", SKIP),
          Map.entry("skip it", SKIP),
          Map.entry("pass", SKIP),
          Map.entry("next", SKIP),
          Map.entry("back", BACK),
          Map.entry("go back", BACK),
          Map.entry("previous", BACK),
          Map.entry("undo", BACK),
          Map.entry("pause", PAUSE),
          Map.entry("later", PAUSE),
          Map.entry("stop", PAUSE),
          Map.entry("cancel", CANCEL),
          Map.entry("abandon", CANCEL),
          Map.entry("cancel check in", CANCEL),
          Map.entry("cancel checkin", CANCEL));

  static Move of(String text) {
    return WORDS.get(normal(text));
  }

  static String normal(String text) {
    return text.toLowerCase(Locale.ROOT)
        // letters and digits of every script stay: a Bengali note is not an empty one
        .replaceAll("[^\\p{L}\\p{M}\\p{N} ]+", " ")
        .replaceAll("\\s+", " ")
        .strip()
        .replaceAll("^please ", "")
        .replaceAll(" please$", "");
  }

  static final List<String> HINT = List.of("skip", "back", "pause", "cancel");
}

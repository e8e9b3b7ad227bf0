package org.pcref.core.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where the person is asking from, which changes nothing of what they ask: "on the ward", "for my
 * team", "in our trust". A question keeps its meaning with these words or without them, so they are
 * left out before it is read.
 */
final class Padding {

  private static final Set<String> BEFORE = Set.of("on", "in", "for", "at", "across", "within");
  private static final Set<String> WHOSE = Set.of("the", "my", "our", "this", "a", "your");
  private static final Set<String> PLACES =
      Set.of(
          "ward",
          "wards",
          "unit",
          "units",
          "team",
          "teams",
          "service",
          "services",
          "trust",
          "department",
          "directorate",
          "organisation",
          "organization",
          "area",
          "patch",
          "site",
          "hospital");

  private Padding() {}

  static List<String> without(List<String> words) {
    List<String> kept = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      if (i + 1 < words.size() && BEFORE.contains(words.get(i)) && isPronoun(words.get(i + 1))) {
        i += 1; // "for me"
        continue;
      }
      if (i + 2 < words.size()
          && BEFORE.contains(words.get(i))
          && WHOSE.contains(words.get(i + 1))
          && PLACES.contains(words.get(i + 2))) {
        i += 2;
        continue;
      }
      kept.add(words.get(i));
    }
    return kept;
  }

  private static boolean isPronoun(String word) {
    return word.equals("me") || word.equals("us");
  }
}

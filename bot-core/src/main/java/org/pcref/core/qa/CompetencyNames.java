package org.pcref.core.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pcref.framework.Competency;
import org.pcref.framework.Framework;

/**
 * Finds the competencies a message names, however it is written: any case, hyphens or spaces
 * ("co-production", "co production", "coproduction"), the aliases of the framework file, and a
 * typo or two in longer names ("wrkforce", "intersectionalty").
 */
final class CompetencyNames {

  /** A competency named by {@code words[start..end)}, with the typos it took to match. */
  record Found(Competency competency, int start, int end, int typos) {}

  private record Name(String compact, Competency competency) {}

  private static final int LONGEST_NAME_IN_WORDS = 5;

  private final List<Name> names = new ArrayList<>();

  CompetencyNames(Framework framework) {
    for (Competency competency : framework.competencies()) {
      add(competency.name(), competency);
      add(competency.id(), competency);
      competency.aliases().forEach(alias -> add(alias, competency));
    }
  }

  private void add(String name, Competency competency) {
    String compact = Words.compact(Words.of(name));
    if (!compact.isEmpty() && names.stream().noneMatch(n -> n.compact().equals(compact))) {
      names.add(new Name(compact, competency));
    }
  }

  /** The competencies named, in the order the message names them, without overlaps. */
  List<Found> find(List<String> words) {
    List<Found> candidates = new ArrayList<>();
    for (int start = 0; start < words.size(); start++) {
      int longest = Math.min(LONGEST_NAME_IN_WORDS, words.size() - start);
      for (int length = 1; length <= longest; length++) {
        String window = Words.compact(words.subList(start, start + length));
        Found found = match(window, start, start + length);
        if (found != null) {
          candidates.add(found);
        }
      }
    }
    candidates.sort(
        Comparator.comparingInt(Found::typos)
            .thenComparing(f -> -(f.end() - f.start()))
            .thenComparingInt(Found::start));
    List<Found> chosen = new ArrayList<>();
    for (Found candidate : candidates) {
      boolean overlaps =
          chosen.stream().anyMatch(c -> candidate.start() < c.end() && c.start() < candidate.end());
      if (!overlaps) {
        chosen.add(candidate);
      }
    }
    chosen.sort(Comparator.comparingInt(Found::start));
    return distinctCompetencies(chosen);
  }

  private Found match(String window, int start, int end) {
    if (window.isEmpty()) {
      return null;
    }
    Found best = null;
    for (Name name : names) {
      if (name.compact().equals(window)) {
        return new Found(name.competency(), start, end, 0);
      }
      // A typo rarely hits the first letter; requiring it keeps "learning" from meaning Co-Learning.
      if (name.compact().charAt(0) != window.charAt(0)) {
        continue;
      }
      int allowed = Typos.allowedFor(Math.min(name.compact().length(), window.length()));
      if (allowed == 0) {
        continue;
      }
      int typos = Typos.distance(window, name.compact(), allowed);
      if (typos <= allowed && (best == null || typos < best.typos())) {
        best = new Found(name.competency(), start, end, typos);
      }
    }
    return best;
  }

  private static List<Found> distinctCompetencies(List<Found> found) {
    List<Found> distinct = new ArrayList<>();
    for (Found f : found) {
      if (distinct.stream().noneMatch(d -> d.competency().id().equals(f.competency().id()))) {
        distinct.add(f);
      }
    }
    return distinct;
  }
}

package org.pcref.core.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pcref.framework.Competency;
import org.pcref.framework.Framework;

/**
 * Finds the competencies a message names, however it is written: any case, hyphens or spaces
 * ("co-production", "co production", "coproduction"), the aliases of the framework file, and a typo
 * or two in longer names ("wrkforce", "intersectionalty").
 */
final class CompetencyNames {

  /** A competency named by {@code words[start..end)}, with the typos it took to match. */
  record Found(Competency competency, int start, int end, int typos) {}

  private record Name(String compact, Letters letters, Competency competency) {}

  private static final int LONGEST_NAME_IN_WORDS = 5;

  /** Fewest typos first, then the longest, then the earliest in the message. */
  private static final Comparator<Found> BEST_FIRST =
      Comparator.comparingInt(Found::typos)
          .thenComparingInt(f -> f.start() - f.end())
          .thenComparingInt(Found::start);

  /**
   * The names by first letter, since a typo rarely hits the first letter: requiring it keeps
   * "learning" from meaning Co-Learning. In the framework's order, which settles a typo equally
   * close to two names.
   */
  private final Map<Character, List<Name>> byFirstLetter = new HashMap<>();

  /** Most words name nothing; a lookup tells at once, before any typo is counted. */
  private final Map<String, Competency> byCompactName = new HashMap<>();

  CompetencyNames(Framework framework) {
    for (Competency competency : framework.competencies()) {
      add(competency.name(), competency);
      add(competency.id(), competency);
      competency.aliases().forEach(alias -> add(alias, competency));
    }
  }

  private void add(String name, Competency competency) {
    String compact = Words.compact(Words.of(name));
    if (!compact.isEmpty() && !byCompactName.containsKey(compact)) {
      byFirstLetter
          .computeIfAbsent(compact.charAt(0), letter -> new ArrayList<>())
          .add(new Name(compact, new Letters(compact), competency));
      byCompactName.put(compact, competency);
    }
  }

  /** The competencies named, in the order the message names them, without overlaps. */
  List<Found> find(List<String> words) {
    List<Found> candidates = new ArrayList<>();
    StringBuilder window = new StringBuilder();
    for (int start = 0; start < words.size(); start++) {
      window.setLength(0);
      int last = Math.min(start + LONGEST_NAME_IN_WORDS, words.size());
      for (int end = start + 1; end <= last; end++) {
        String word = words.get(end - 1);
        if (!Words.isSilent(word)) {
          window.append(word);
        }
        if (window.length() > 0 && !couldStartAName(window)) {
          break; // nor can a longer window, which starts with the same letter and is no shorter
        }
        Found found = match(window.toString(), start, end);
        if (found != null) {
          candidates.add(found);
        }
      }
    }
    candidates.sort(BEST_FIRST);
    List<Found> chosen = new ArrayList<>();
    for (Found candidate : candidates) {
      if (!overlapsAny(candidate, chosen)) {
        chosen.add(candidate);
      }
    }
    chosen.sort(Comparator.comparingInt(Found::start));
    return distinctCompetencies(chosen);
  }

  /** Whether some name has the window's first letter and is long enough, typos allowed. */
  private boolean couldStartAName(CharSequence window) {
    for (Name name : byFirstLetter.getOrDefault(window.charAt(0), List.of())) {
      if (window.length() <= name.compact().length() + Typos.MOST_ALLOWED) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsAny(Found candidate, List<Found> chosen) {
    for (Found c : chosen) {
      if (candidate.start() < c.end() && c.start() < candidate.end()) {
        return true;
      }
    }
    return false;
  }

  private Found match(String window, int start, int end) {
    if (window.isEmpty()) {
      return null;
    }
    Competency named = byCompactName.get(window);
    if (named != null) {
      return new Found(named, start, end, 0);
    }
    if (Typos.allowedFor(window.length()) == 0) {
      return null; // too short to carry a typo, whatever the name
    }
    Found best = null;
    Letters letters = null; // counted only once a name is near enough in length
    for (Name name : byFirstLetter.getOrDefault(window.charAt(0), List.of())) {
      String compact = name.compact();
      int allowed = Typos.allowedFor(Math.min(compact.length(), window.length()));
      if (allowed == 0 || Math.abs(compact.length() - window.length()) > allowed) {
        continue;
      }
      letters = letters != null ? letters : new Letters(window);
      if (letters.fewestTyposTo(name.letters()) > allowed) {
        continue; // too many letters differ, which is quicker to tell than counting the typos
      }
      int typos = Typos.distance(window, compact, allowed);
      if (typos <= allowed && (best == null || typos < best.typos())) {
        best = new Found(name.competency(), start, end, typos);
      }
    }
    return best;
  }

  private static List<Found> distinctCompetencies(List<Found> found) {
    List<Found> distinct = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Found f : found) {
      if (!ids.contains(f.competency().id())) {
        ids.add(f.competency().id());
        distinct.add(f);
      }
    }
    return distinct;
  }
}

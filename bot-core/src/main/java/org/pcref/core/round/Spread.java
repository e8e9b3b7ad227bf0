package org.pcref.core.round;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pcref.core.checkin.CheckedLevel;
import org.pcref.core.message.Typed;
import org.pcref.core.team.TeamLevel;
import org.pcref.framework.Competency;
import org.pcref.framework.Level;

/**
 * How a team's views of one competency spread: how many gave each level, the median, whether views
 * differ, the descriptors people disagreed on, and the notes.
 *
 * @param answered how many gave a level (those who skipped are not counted)
 * @param median the middle answer; of two middles, the lower (a team claims a level when most of it
 *     sees it), or null when nobody answered
 * @param differ whether answers lie two or more levels apart, or no level has a majority
 * @param divergent the descriptors some said were met and others not, with how many said each
 * @param notes the notes, without names unless the round shows them, in alphabetical order so the
 *     order gives nobody away
 * @param names who gave each level, only when the round shows names; otherwise empty
 */
public record Spread(
    String competencyId,
    int answered,
    Map<TeamLevel, Integer> counts,
    TeamLevel median,
    boolean differ,
    List<String> divergent,
    List<String> notes,
    Map<TeamLevel, List<String>> names) {

  public Spread {
    counts = Map.copyOf(counts);
    divergent = List.copyOf(divergent);
    notes = List.copyOf(notes);
    names = Map.copyOf(names);
  }

  static Spread of(Competency competency, List<RoundAnswer> answers, boolean namesShown) {
    List<RoundAnswer> given =
        answers.stream()
            .filter(a -> a.competencyId().equals(competency.id()) && !a.skipped())
            .toList();
    Map<TeamLevel, Integer> counts = new EnumMap<>(TeamLevel.class);
    for (RoundAnswer a : given) {
      counts.merge(a.level(), 1, Integer::sum);
    }
    List<TeamLevel> levels = given.stream().map(RoundAnswer::level).sorted().toList();
    TeamLevel median = levels.isEmpty() ? null : levels.get((levels.size() - 1) / 2);
    boolean differ = false;
    if (!levels.isEmpty()) {
      int apart = levels.get(levels.size() - 1).ordinal() - levels.get(0).ordinal();
      boolean majority = counts.values().stream().anyMatch(n -> n * 2 > levels.size());
      differ = apart >= 2 || !majority;
    }
    List<String> notes = new ArrayList<>();
    for (RoundAnswer a : given) {
      if (!a.note().isBlank()) {
        notes.add(
            namesShown
                ? Typed.isolated(a.personName()) + ": " + Typed.isolated(a.note())
                : Typed.isolated(a.note()));
      }
    }
    notes.sort(String.CASE_INSENSITIVE_ORDER);
    Map<TeamLevel, List<String>> names = new EnumMap<>(TeamLevel.class);
    if (namesShown) {
      for (RoundAnswer a : given) {
        names.computeIfAbsent(a.level(), l -> new ArrayList<>()).add(a.personName());
      }
    }
    return new Spread(
        competency.id(),
        given.size(),
        counts,
        median,
        differ,
        divergent(competency, given),
        notes,
        names);
  }

  /** For each level two or more people went through: the descriptors they did not agree on. */
  private static List<String> divergent(Competency competency, List<RoundAnswer> given) {
    List<String> divergent = new ArrayList<>();
    for (Level level : Level.values()) {
      List<CheckedLevel> checks = new ArrayList<>();
      for (RoundAnswer a : given) {
        a.checked().stream().filter(c -> c.level() == level).forEach(checks::add);
      }
      if (checks.size() < 2) {
        continue;
      }
      List<String> descriptors = competency.descriptors(level);
      for (int i = 1; i <= descriptors.size(); i++) {
        int number = i;
        long met = checks.stream().filter(c -> c.met().contains(number)).count();
        if (met > 0 && met < checks.size()) {
          divergent.add(
              level.label()
                  + " "
                  + i
                  + ": "
                  + descriptors.get(i - 1)
                  + " ("
                  + met
                  + " of "
                  + checks.size()
                  + " said met)");
        }
      }
    }
    return divergent;
  }

  public int count(TeamLevel level) {
    return counts.getOrDefault(level, 0);
  }

  /** "5 answers, 1 Developing, 3 Good, 1 Outstanding": the evidence a confirmation records. */
  public String inWords() {
    StringBuilder words = new StringBuilder(answered + (answered == 1 ? " answer" : " answers"));
    for (TeamLevel level : TeamLevel.values()) {
      if (count(level) > 0) {
        words.append(", ").append(count(level)).append(' ').append(level.label());
      }
    }
    return words.toString();
  }
}

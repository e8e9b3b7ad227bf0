package org.pcref.core.team;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.pcref.framework.Competency;
import org.pcref.framework.Framework;

/**
 * A team's self-assessment, read from its rating history: the current level of each competency is
 * its latest rating (by time given; of two at the same instant, the one recorded last).
 */
public record Assessment(List<Rating> history) {

  public Assessment {
    history = List.copyOf(history);
  }

  public Optional<Rating> current(String competencyId) {
    Rating latest = null;
    for (Rating r : history) {
      if (r.competencyId().equals(competencyId)
          && (latest == null || !r.at().isBefore(latest.at()))) {
        latest = r;
      }
    }
    return Optional.ofNullable(latest);
  }

  /** The latest rating given outside one check-in: the level before that check-in changed it. */
  public Optional<Rating> currentExcept(String competencyId, String checkInId) {
    return new Assessment(history.stream().filter(r -> !r.checkInId().equals(checkInId)).toList())
        .current(competencyId);
  }

  /** A competency's ratings, newest first. */
  public List<Rating> history(String competencyId) {
    List<Rating> entries =
        new ArrayList<>(
            history.stream().filter(r -> r.competencyId().equals(competencyId)).toList());
    java.util.Collections.reverse(entries);
    entries.sort(Comparator.comparing(Rating::at).reversed());
    return entries;
  }

  /**
   * The competencies due for review, most overdue first: never rated (in framework order), then
   * those last rated longer than {@code staleAfter} ago, oldest first.
   */
  public List<Competency> due(Framework framework, Instant now, Duration staleAfter) {
    List<Competency> never = new ArrayList<>();
    List<Competency> stale = new ArrayList<>();
    for (Competency c : framework.competencies()) {
      Optional<Rating> latest = current(c.id());
      if (latest.isEmpty()) {
        never.add(c);
      } else if (latest.get().at().plus(staleAfter).isBefore(now)) {
        stale.add(c);
      }
    }
    stale.sort(Comparator.comparing(c -> current(c.id()).orElseThrow().at()));
    List<Competency> due = new ArrayList<>(never);
    due.addAll(stale);
    return due;
  }
}

package org.pcref.core.picture;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pcref.core.team.Person;
import org.pcref.core.team.Team;

/**
 * A team overdue for a check-in, and when it was last rated.
 *
 * @param lastRated when its latest rating was given, or empty when it has never been rated
 */
public record OverdueTeam(Team team, Optional<Instant> lastRated) {

  /** Never rated first, in team order; then the longest waiting. */
  public static final Comparator<OverdueTeam> LONGEST_WAITING_FIRST =
      Comparator.<OverdueTeam, Instant>comparing(o -> o.lastRated().orElse(Instant.MIN))
          .thenComparing(OverdueTeam::team, TrustPicture.TEAM_ORDER);

  public OverdueTeam {
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(lastRated, "lastRated");
  }

  /** Who to ask about it. */
  public List<Person> leads() {
    return team.leads();
  }
}

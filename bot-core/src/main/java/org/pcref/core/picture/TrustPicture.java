package org.pcref.core.picture;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.pcref.core.team.Team;

/**
 * The picture of every team's self-assessment across the trust, for the board: queries answered
 * with records, never chat replies. An implementation answers each query in a few reads of its
 * storage, however many teams there are (a trust has up to a thousand, with years of history), and
 * never reads a clock: the time a question is about is always an argument.
 *
 * <p>A team's current level of a competency is its latest rating, as {@link
 * org.pcref.core.team.Assessment} reads it: by time given, and of two given at the same instant,
 * the one recorded last. Ratings of a team that does not exist are not part of the picture.
 */
public interface TrustPicture {

  /** Teams are listed by name, then by id. */
  Comparator<Team> TEAM_ORDER = Comparator.comparing(Team::name).thenComparing(Team::id);

  /**
   * Every team, with the current level of each competency it has rated; teams in {@link
   * #TEAM_ORDER}.
   */
  List<CurrentLevels> currentLevels();

  /** One team with its whole rating history, for the team's own page; empty for an unknown team. */
  Optional<TeamHistory> history(String teamId);

  /**
   * How many teams stood at each level of each competency at each of these moments, one count per
   * moment in the order given. At a moment, the teams created by then count, each at its latest
   * rating given at or before it.
   */
  List<LevelCounts> levelCounts(List<Instant> moments);

  /** How many teams stood at each level of each competency at one moment. */
  default LevelCounts levelCounts(Instant at) {
    return levelCounts(List.of(at)).get(0);
  }

  /**
   * The counts as each month from {@code first} to {@code last} ended in {@code zone}: at the first
   * instant of the next month, so a rating given on the stroke of midnight counts for the month
   * before.
   */
  default SortedMap<YearMonth, LevelCounts> monthByMonth(
      YearMonth first, YearMonth last, ZoneId zone) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          "the last month " + last + " comes before the first " + first);
    }
    List<YearMonth> months = new ArrayList<>();
    List<Instant> ends = new ArrayList<>();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      months.add(month);
      ends.add(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    }
    List<LevelCounts> counts = levelCounts(ends);
    SortedMap<YearMonth, LevelCounts> byMonth = new TreeMap<>();
    for (int i = 0; i < months.size(); i++) {
      byMonth.put(months.get(i), counts.get(i));
    }
    return byMonth;
  }

  /**
   * The teams overdue for a check-in as of {@code asOf}: those never rated, then those whose latest
   * rating (from a check-in or a lead's correction, as the nudges count it) is more than {@code
   * reviewAfter} older, longest waiting first. Teams created after {@code asOf} are left out, and
   * ratings given after it are not seen.
   */
  List<OverdueTeam> overdue(Instant asOf, Duration reviewAfter);
}

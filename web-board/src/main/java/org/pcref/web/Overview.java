package org.pcref.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pcref.core.picture.CurrentLevels;
import org.pcref.core.team.Rating;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamLevel;
import org.pcref.framework.Competency;

/**
 * The overview grid: teams × competencies, filtered and sorted as asked, with counts per level per
 * competency over the teams shown.
 */
public record Overview(
    List<Competency> competencies, List<Row> rows, Map<String, Map<String, Integer>> counts) {

  /** One team's row: its level of each competency in framework order (null: not rated). */
  public record Row(Team team, List<TeamLevel> levels, boolean overdue) {
    public String id() {
      return team.id();
    }
  }

  /**
   * What the viewer asked for.
   *
   * @param level only teams at this level (of {@code competency}, or of any competency)
   * @param competency the competency the level filter and the sort are about; empty: any
   * @param overdueOnly only teams overdue for a check-in
   * @param sort {@code name}, or a competency id to sort by its level
   * @param descending highest first
   */
  public record Query(
      Optional<TeamLevel> level,
      Optional<String> competency,
      boolean overdueOnly,
      String sort,
      boolean descending) {}

  static Overview of(
      List<Competency> competencies,
      List<CurrentLevels> current,
      Set<String> overdueIds,
      Query query) {
    List<Row> rows = new ArrayList<>();
    for (CurrentLevels team : current) {
      List<TeamLevel> levels = new ArrayList<>(competencies.size());
      for (Competency c : competencies) {
        levels.add(team.of(c.id()).map(Rating::level).orElse(null));
      }
      Row row = new Row(team.team(), levels, overdueIds.contains(team.team().id()));
      if (matches(row, competencies, query)) {
        rows.add(row);
      }
    }
    int sortIndex = indexOf(competencies, query.sort());
    Comparator<Row> order =
        sortIndex < 0
            ? Comparator.comparing((Row r) -> r.team().name(), String.CASE_INSENSITIVE_ORDER)
            : Comparator.comparingInt((Row r) -> rank(r.levels().get(sortIndex)));
    if (query.descending()) {
      order = order.reversed();
    }
    rows.sort(order);
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (int i = 0; i < competencies.size(); i++) {
      Map<TeamLevel, Integer> byLevel = new EnumMap<>(TeamLevel.class);
      int unrated = 0;
      for (Row row : rows) {
        TeamLevel level = row.levels().get(i);
        if (level == null) {
          unrated++;
        } else {
          byLevel.merge(level, 1, Integer::sum);
        }
      }
      Map<String, Integer> named = new HashMap<>();
      for (TeamLevel level : TeamLevel.values()) {
        named.put(level.name(), byLevel.getOrDefault(level, 0));
      }
      named.put("UNRATED", unrated);
      counts.put(competencies.get(i).id(), named);
    }
    return new Overview(competencies, rows, counts);
  }

  private static boolean matches(Row row, List<Competency> competencies, Query query) {
    if (query.overdueOnly() && !row.overdue()) {
      return false;
    }
    if (query.level().isEmpty()) {
      return true;
    }
    int only = query.competency().map(id -> indexOf(competencies, id)).orElse(-1);
    for (int i = 0; i < row.levels().size(); i++) {
      if ((only < 0 || only == i) && row.levels().get(i) == query.level().get()) {
        return true;
      }
    }
    return false;
  }

  private static int indexOf(List<Competency> competencies, String id) {
    for (int i = 0; i < competencies.size(); i++) {
      if (competencies.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /** Not rated sorts below every level. */
  private static int rank(TeamLevel level) {
    return level == null ? -1 : level.ordinal();
  }
}

package org.pcref.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.pcref.core.picture.CurrentLevels;
import org.pcref.core.team.Rating;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamLevel;
import org.pcref.framework.Competency;

/**
 * The overview grid: teams × competencies, filtered and sorted as asked, grouped by directorate
 * (teams in none last, under {@value #NO_DIRECTORATE}), one page of teams at a time. The counts per
 * level per competency are over every team shown on any page, trust-wide and per directorate.
 *
 * @param shown how many teams the filters let through, on every page
 * @param groups every directorate with teams shown, in order, each with its teams on this page
 * @param directorates every directorate of the trust's teams, for the filter
 */
public record Overview(
    List<Competency> competencies,
    int shown,
    Map<String, Map<String, Integer>> counts,
    List<Group> groups,
    Paging paging,
    List<String> directorates) {

  /** Teams in no directorate are grouped under this heading. */
  static final String NO_DIRECTORATE = "No directorate";

  /** The directorate filter's value for teams in none. */
  static final String NONE = "-";

  /** Teams per page: a thousand teams would make a page of several hundred kilobytes. */
  static final int PAGE_SIZE = 100;

  /** One team's row: its level of each competency in framework order (null: not rated). */
  public record Row(Team team, List<TeamLevel> levels, boolean overdue) {
    public String id() {
      return team.id();
    }
  }

  /**
   * One directorate's teams.
   *
   * @param teams how many of its teams are shown, on every page
   * @param counts its counts per competency and level, over all those teams
   * @param rows its teams on this page; empty when they are all on other pages
   * @param continued whether its first teams were on the page before
   */
  public record Group(
      String name,
      int teams,
      Map<String, Map<String, Integer>> counts,
      List<Row> rows,
      boolean continued) {}

  /**
   * Which page this is.
   *
   * @param page from 1
   * @param pages at least 1
   * @param first the number of the first team on this page, from 1 (0 when none is shown)
   * @param last the number of the last team on this page
   */
  public record Paging(int page, int pages, int first, int last) {}

  /**
   * What the viewer asked for.
   *
   * @param level only teams at this level (of {@code competency}, or of any competency)
   * @param competency the competency the level filter and the sort are about; empty: any
   * @param overdueOnly only teams overdue for a check-in
   * @param sort {@code name}, or a competency id to sort by its level
   * @param descending highest first
   * @param directorate only teams of this directorate; {@link #NONE}: of none; empty: any
   * @param page the page asked for, from 1; past the last, the last
   */
  public record Query(
      Optional<TeamLevel> level,
      Optional<String> competency,
      boolean overdueOnly,
      String sort,
      boolean descending,
      Optional<String> directorate,
      int page) {}

  static Overview of(
      List<Competency> competencies,
      List<CurrentLevels> current,
      Set<String> overdueIds,
      Query query) {
    List<Row> rows = new ArrayList<>();
    Set<String> directorates = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (CurrentLevels team : current) {
      team.team().directorate().ifPresent(directorates::add);
      List<TeamLevel> levels = new ArrayList<>(competencies.size());
      for (Competency c : competencies) {
        levels.add(team.of(c.id()).map(Rating::level).orElse(null));
      }
      Row row = new Row(team.team(), levels, overdueIds.contains(team.team().id()));
      if (matches(row, competencies, query)) {
        rows.add(row);
      }
    }
    // Grouped in one pass, then each directorate sorted on its own: sorting every team by its
    // directorate first cost more than drawing the page. "Tower Hamlets" and "tower hamlets" are
    // one directorate, named as its first team has it.
    Map<String, List<Row>> buckets = new HashMap<>();
    List<Row> inNone = new ArrayList<>();
    for (Row row : rows) {
      Optional<String> directorate = row.team().directorate();
      if (directorate.isEmpty()) {
        inNone.add(row);
      } else {
        buckets
            .computeIfAbsent(directorate.get().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(row);
      }
    }
    List<String> keys = new ArrayList<>(buckets.keySet());
    keys.sort(Comparator.naturalOrder());
    Comparator<Row> order = order(competencies, query);
    Map<String, List<Row>> byGroup = new LinkedHashMap<>();
    for (String key : keys) {
      List<Row> group = buckets.get(key);
      group.sort(order);
      byGroup.put(key, group);
    }
    if (!inNone.isEmpty()) {
      inNone.sort(order);
      byGroup.put(null, inNone);
    }
    int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int page = Math.min(Math.max(1, query.page()), pages);
    int from = (page - 1) * PAGE_SIZE;
    int to = Math.min(rows.size(), from + PAGE_SIZE);
    List<Group> groups = new ArrayList<>();
    int at = 0;
    for (Map.Entry<String, List<Row>> group : byGroup.entrySet()) {
      List<Row> all = group.getValue();
      int start = Math.max(from, at);
      int end = Math.min(to, at + all.size());
      List<Row> onPage = start < end ? all.subList(start - at, end - at) : List.of();
      groups.add(
          new Group(
              groupOf(all.get(0)),
              all.size(),
              count(competencies, all),
              onPage,
              start > at && start < end));
      at += all.size();
    }
    return new Overview(
        competencies,
        rows.size(),
        count(competencies, rows),
        groups,
        new Paging(page, pages, rows.isEmpty() ? 0 : from + 1, to),
        List.copyOf(directorates));
  }

  /** The rows on this page, in order, every group's together. */
  public List<Row> rows() {
    return groups.stream().flatMap(g -> g.rows().stream()).toList();
  }

  private static String groupOf(Row row) {
    return row.team().directorate().orElse(NO_DIRECTORATE);
  }

  private static Comparator<Row> order(List<Competency> competencies, Query query) {
    int sortIndex = indexOf(competencies, query.sort());
    Comparator<Row> order =
        sortIndex < 0
            ? Comparator.comparing((Row r) -> r.team().name(), String.CASE_INSENSITIVE_ORDER)
            : Comparator.comparingInt((Row r) -> rank(r.levels().get(sortIndex)));
    return query.descending() ? order.reversed() : order;
  }

  private static Map<String, Map<String, Integer>> count(
      List<Competency> competencies, List<Row> rows) {
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
    return counts;
  }

  private static boolean matches(Row row, List<Competency> competencies, Query query) {
    if (query.overdueOnly() && !row.overdue()) {
      return false;
    }
    if (query.directorate().isPresent()) {
      String wanted = query.directorate().get();
      Optional<String> theirs = row.team().directorate();
      boolean same =
          NONE.equals(wanted)
              ? theirs.isEmpty()
              : theirs.filter(wanted::equalsIgnoreCase).isPresent();
      if (!same) {
        return false;
      }
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

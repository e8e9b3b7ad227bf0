package org.pcref.web;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.picture.LevelCounts;
import org.pcref.core.picture.OverdueTeam;
import org.pcref.core.picture.TrustPicture;
import org.pcref.framework.Competency;
import org.pcref.framework.Framework;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/** The trust-wide pages: the overview grid, the overdue teams and the trends. */
@Controller
class BoardPages {

  /** How far back the trends go. */
  static final int TREND_MONTHS = 24;

  private final TrustPicture picture;
  private final Framework framework;
  private final CheckInSettings checkIns;
  private final Viewers viewers;
  private final Clock clock;

  BoardPages(
      TrustPicture picture,
      Framework framework,
      CheckInSettings checkIns,
      Viewers viewers,
      Clock clock) {
    this.picture = picture;
    this.framework = framework;
    this.checkIns = checkIns;
    this.viewers = viewers;
    this.clock = clock;
  }

  @GetMapping("/")
  String overview(
      @RequestParam(required = false) String level,
      @RequestParam(required = false) String competency,
      @RequestParam(required = false) String overdue,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      @RequestParam(required = false) String directorate,
      @RequestParam(required = false) String page,
      jakarta.servlet.http.HttpServletRequest request,
      Model model) {
    Viewer viewer = overviewViewer();
    Optional<String> about =
        Optional.ofNullable(competency).filter(id -> framework.competency(id).isPresent());
    Overview.Query query =
        new Overview.Query(
            Levels.parse(level),
            about,
            "on".equals(overdue) || "true".equals(overdue),
            sort == null || framework.competency(sort).isEmpty() ? "name" : sort,
            "desc".equals(dir),
            Optional.ofNullable(directorate).map(String::strip).filter(d -> !d.isEmpty()),
            pageNumber(page));
    Set<String> overdueIds =
        overdueTeams().stream().map(o -> o.team().id()).collect(Collectors.toSet());
    Overview grid =
        Overview.of(framework.competencies(), picture.currentLevels(), overdueIds, query);
    model.addAttribute("grid", grid);
    model.addAttribute("rows", GridRows.html(grid, viewer));
    model.addAttribute("groupCounts", GroupCounts.html(grid));
    model.addAttribute(
        "pages",
        Pages.of(
            grid.paging(), UriComponentsBuilder.fromPath("/").query(request.getQueryString())));
    model.addAttribute("query", query);
    model.addAttribute("viewer", viewer);
    return "board/overview";
  }

  /** A page number as asked; anything that is not one is the first page. */
  private static int pageNumber(String page) {
    if (page == null || !page.strip().matches("\\d{1,6}")) {
      return 1;
    }
    return Integer.parseInt(page.strip());
  }

  @GetMapping("/overdue")
  String overdue(Model model) {
    model.addAttribute("viewer", overviewViewer());
    model.addAttribute("overdue", overdueTeams());
    model.addAttribute("reviewDays", checkIns.reviewAfter().toDays());
    return "board/overdue";
  }

  @GetMapping("/trends")
  String trends(Model model) {
    model.addAttribute("viewer", overviewViewer());
    SortedMap<YearMonth, LevelCounts> byMonth = months();
    List<Trend> trends = new ArrayList<>();
    for (Competency c : framework.competencies()) {
      trends.add(
          new Trend(
              c,
              TrendChart.svg("chart-" + c.id(), c.name() + ": teams by level", byMonth, c.id())));
    }
    model.addAttribute("trends", trends);
    model.addAttribute("months", Month.list(byMonth));
    return "board/trends";
  }

  /** One month's counts, labelled for a table. */
  record Month(String label, LevelCounts counts) {
    static List<Month> list(SortedMap<YearMonth, LevelCounts> byMonth) {
      List<Month> months = new ArrayList<>();
      byMonth.forEach((m, c) -> months.add(new Month(TrendChart.MONTH.format(m), c)));
      return months;
    }
  }

  /** A competency and its chart. */
  record Trend(Competency competency, String svg) {}

  SortedMap<YearMonth, LevelCounts> months() {
    YearMonth now = YearMonth.now(clock.withZone(checkIns.zone()));
    return picture.monthByMonth(now.minusMonths(TREND_MONTHS - 1L), now, checkIns.zone());
  }

  private List<OverdueTeam> overdueTeams() {
    return picture.overdue(Instant.now(clock), checkIns.reviewAfter());
  }

  private Viewer overviewViewer() {
    Viewer viewer = viewers.current();
    if (!viewer.seesOverview()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    return viewer;
  }
}

package org.pcref.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.picture.LevelCounts;
import org.pcref.core.picture.TeamHistory;
import org.pcref.core.picture.TrustPicture;
import org.pcref.core.round.RoundSummaries;
import org.pcref.core.team.Directorates;
import org.pcref.core.team.Rating;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamLevel;
import org.pcref.framework.Competency;
import org.pcref.framework.Framework;
import org.pcref.framework.Level;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/** A team's own page and a competency's page. */
@Controller
class TeamPages {

  private final TrustPicture picture;
  private final Framework framework;
  private final CheckInSettings checkIns;
  private final Viewers viewers;
  private final BoardPages board;
  private final RoundSummaries rounds;
  private final Directorates directorates;

  TeamPages(
      TrustPicture picture,
      Framework framework,
      CheckInSettings checkIns,
      Viewers viewers,
      BoardPages board,
      RoundSummaries rounds,
      Directorates directorates) {
    this.picture = picture;
    this.framework = framework;
    this.checkIns = checkIns;
    this.viewers = viewers;
    this.board = board;
    this.rounds = rounds;
    this.directorates = directorates;
  }

  /**
   * One competency on a team's page: its current rating (if any), every rating newest first, and
   * the descriptors of the next level as next steps.
   */
  record Line(
      Competency competency,
      Optional<Rating> current,
      List<Rating> history,
      Optional<Level> next,
      List<String> nextSteps) {
    public TeamLevel level() {
      return current.map(Rating::level).orElse(null);
    }

    public String by() {
      return current.map(Rating::byName).orElse("");
    }

    public java.time.Instant at() {
      return current.map(Rating::at).orElse(null);
    }

    public String note() {
      return current.map(Rating::note).orElse("");
    }
  }

  @GetMapping("/teams/{id}")
  String team(@PathVariable String id, Model model) {
    Viewer viewer = viewers.current();
    TeamHistory history = picture.history(id).orElseThrow(TeamPages::notFound);
    if (!viewer.seesInFull(history.team())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    List<Line> lines = new ArrayList<>();
    for (Competency c : framework.competencies()) {
      Optional<Rating> current = history.assessment().current(c.id());
      Optional<Level> next =
          current.map(r -> r.level().nextLevel()).orElse(Optional.of(Level.DEVELOPING));
      lines.add(
          new Line(
              c,
              current,
              history.assessment().history(c.id()),
              next,
              next.map(c::descriptors).orElse(List.of())));
    }
    model.addAttribute("viewer", viewer);
    model.addAttribute("team", history.team());
    model.addAttribute("lines", lines);
    model.addAttribute("rounds", rounds.of(id));
    model.addAttribute("maxDirectorate", Team.LONGEST_DIRECTORATE);
    return "board/team";
  }

  /**
   * An admin puts the team in a directorate (blank: in none), then sees the team's page again. Only
   * admins: a team's leads set it in chat, where the team is theirs.
   */
  @PostMapping("/teams/{id}/directorate")
  ResponseEntity<String> directorate(
      @PathVariable String id, @RequestParam(required = false) String directorate) {
    if (!viewers.current().admin()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    try {
      directorates.set(id, directorate).orElseThrow(TeamPages::notFound);
    } catch (IllegalArgumentException tooLong) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, tooLong.getMessage());
    }
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .location(UriComponentsBuilder.fromPath("/teams/{id}").buildAndExpand(id).encode().toUri())
        .build();
  }

  @GetMapping("/competencies/{id}")
  String competency(@PathVariable String id, Model model) {
    Viewer viewer = viewers.current();
    if (!viewer.seesOverview()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    Competency competency = framework.competency(id).orElseThrow(TeamPages::notFound);
    var months = board.months();
    LevelCounts now = months.get(months.lastKey());
    model.addAttribute("viewer", viewer);
    model.addAttribute("competency", competency);
    model.addAttribute("levels", Level.values());
    model.addAttribute("teamLevels", TeamLevel.values());
    model.addAttribute("now", now);
    model.addAttribute("months", BoardPages.Month.list(months));
    model.addAttribute(
        "chart", TrendChart.svg("chart-" + id, competency.name() + ": teams by level", months, id));
    return "board/competency";
  }

  static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }

  /** Dates as the chat shows them, in the trust's zone. */
  static DateTimeFormatter dates(ZoneId zone) {
    return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK).withZone(zone);
  }
}

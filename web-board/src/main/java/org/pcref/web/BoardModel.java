package org.pcref.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.team.TeamLevel;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page needs: whether the board is local, and how to show levels and dates. */
@ControllerAdvice(assignableTypes = {BoardPages.class, TeamPages.class, SignInPages.class})
class BoardModel {

  private final BoardSettings settings;
  private final DateTimeFormatter dates;

  BoardModel(BoardSettings settings, CheckInSettings checkIns) {
    this.settings = settings;
    this.dates = TeamPages.dates(checkIns.zone());
  }

  @ModelAttribute("local")
  boolean local() {
    return settings.local();
  }

  @ModelAttribute("fmt")
  Format format() {
    return new Format(dates);
  }

  /** Helpers for templates. */
  public record Format(DateTimeFormatter dates) {
    public String date(Instant at) {
      return at == null ? "" : dates.format(at);
    }

    public String css(TeamLevel level) {
      return Levels.css(level);
    }

    public String word(TeamLevel level) {
      return Levels.word(level);
    }

    public TeamLevel[] levels() {
      return TeamLevel.values();
    }
  }
}

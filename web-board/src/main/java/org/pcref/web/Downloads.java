package org.pcref.web;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.pcref.core.picture.CurrentLevels;
import org.pcref.core.picture.TeamHistory;
import org.pcref.core.picture.TrustPicture;
import org.pcref.core.team.Rating;
import org.pcref.framework.Competency;
import org.pcref.framework.Framework;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * CSV downloads, under the same rules as the pages: the trust-wide levels (no names, no notes) for
 * whoever sees the overview; a team's whole history (with who and notes) for whoever sees that team
 * in full.
 */
@RestController
class Downloads {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final TrustPicture picture;
  private final Framework framework;
  private final Viewers viewers;

  Downloads(TrustPicture picture, Framework framework, Viewers viewers) {
    this.picture = picture;
    this.framework = framework;
    this.viewers = viewers;
  }

  @GetMapping("/download/levels.csv")
  ResponseEntity<String> levels() {
    if (!viewers.current().seesOverview()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    StringBuilder csv = new StringBuilder("team,team id,competency,level,set at\r\n");
    for (CurrentLevels team : picture.currentLevels()) {
      for (Competency c : framework.competencies()) {
        team.of(c.id())
            .ifPresent(
                r ->
                    row(
                        csv,
                        team.team().name(),
                        team.team().id(),
                        c.name(),
                        r.level().label(),
                        DateTimeFormatter.ISO_INSTANT.format(r.at())));
      }
    }
    return file("pcref-levels.csv", csv);
  }

  @GetMapping("/teams/{id}/history.csv")
  ResponseEntity<String> history(@PathVariable String id) {
    Viewer viewer = viewers.current();
    TeamHistory history = picture.history(id).orElseThrow(TeamPages::notFound);
    if (!viewer.seesInFull(history.team())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    StringBuilder csv = new StringBuilder("team,competency,level,note,set by,set at,check-in\r\n");
    List<Rating> ratings = history.assessment().history();
    for (Rating r : ratings) {
      row(
          csv,
          history.team().name(),
          framework.competency(r.competencyId()).map(Competency::name).orElse(r.competencyId()),
          r.level().label(),
          r.note(),
          r.byName(),
          DateTimeFormatter.ISO_INSTANT.format(r.at()),
          r.checkInId());
    }
    return file("pcref-" + id.replaceAll("[^A-Za-z0-9_-]", "_") + "-history.csv", csv);
  }

  private static ResponseEntity<String> file(String name, StringBuilder csv) {
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .body(csv.toString());
  }

  private static void row(StringBuilder csv, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(cells[i]));
    }
    csv.append("\r\n");
  }

  /**
   * A quoted cell; one that a spreadsheet would read as a formula is prefixed with an apostrophe,
   * so a note typed in chat cannot run in the reader's spreadsheet.
   */
  static String cell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }
}

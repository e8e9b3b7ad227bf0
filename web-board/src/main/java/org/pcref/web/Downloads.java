package org.pcref.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
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
 * CSV and XLSX downloads, under the same rules as the pages: the trust-wide levels (no names, no
 * notes) for whoever sees the overview; a team's whole history (with who and notes) for whoever
 * sees that team in full.
 */
@RestController
class Downloads {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final TrustPicture picture;
  private final Framework framework;
  private final Viewers viewers;

  Downloads(TrustPicture picture, Framework framework, Viewers viewers) {
    this.picture = picture;
    this.framework = framework;
    this.viewers = viewers;
  }

  @GetMapping("/download/levels.csv")
  ResponseEntity<byte[]> levelsCsv() {
    return csv("pcref-levels.csv", levels());
  }

  @GetMapping("/download/levels.xlsx")
  ResponseEntity<byte[]> levelsXlsx() {
    return xlsx("pcref-levels.xlsx", "Levels", levels());
  }

  @GetMapping("/teams/{id}/history.csv")
  ResponseEntity<byte[]> historyCsv(@PathVariable String id) {
    return csv(fileName(id, "csv"), history(id, true));
  }

  @GetMapping("/teams/{id}/history.xlsx")
  ResponseEntity<byte[]> historyXlsx(@PathVariable String id) {
    return xlsx(fileName(id, "xlsx"), "History", history(id, true));
  }

  /**
   * A team's history file, for a signed link, whose signature is the authorization: the same file
   * as the team's download on the board.
   */
  ResponseEntity<byte[]> teamHistory(String id, String format) {
    return switch (format) {
      case "csv" -> csv(fileName(id, "csv"), history(id, false));
      case "xlsx" -> xlsx(fileName(id, "xlsx"), "History", history(id, false));
      default -> throw TeamPages.notFound();
    };
  }

  private List<List<String>> levels() {
    if (!viewers.current().seesOverview()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("team", "team id", "competency", "level", "set at"));
    for (CurrentLevels team : picture.currentLevels()) {
      for (Competency c : framework.competencies()) {
        team.of(c.id())
            .ifPresent(
                r ->
                    rows.add(
                        List.of(
                            team.team().name(),
                            team.team().id(),
                            c.name(),
                            r.level().label(),
                            DateTimeFormatter.ISO_INSTANT.format(r.at()))));
      }
    }
    return rows;
  }

  private List<List<String>> history(String id, boolean forViewer) {
    Viewer viewer = forViewer ? viewers.current() : null;
    TeamHistory history = picture.history(id).orElseThrow(TeamPages::notFound);
    if (forViewer && !viewer.seesInFull(history.team())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("team", "competency", "level", "note", "set by", "set at", "check-in"));
    for (Rating r : history.assessment().history()) {
      rows.add(
          List.of(
              history.team().name(),
              framework.competency(r.competencyId()).map(Competency::name).orElse(r.competencyId()),
              r.level().label(),
              r.note(),
              r.byName(),
              DateTimeFormatter.ISO_INSTANT.format(r.at()),
              r.checkInId()));
    }
    return rows;
  }

  private static String fileName(String teamId, String extension) {
    return "pcref-" + teamId.replaceAll("[^A-Za-z0-9_-]", "_") + "-history." + extension;
  }

  private static ResponseEntity<byte[]> csv(String name, List<List<String>> rows) {
    StringBuilder csv = new StringBuilder();
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          csv.append(',');
        }
        csv.append(cell(row.get(i)));
      }
      csv.append("\r\n");
    }
    return file(name, CSV, csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Every cell a string: a note that looks like a formula stays text. */
  private static ResponseEntity<byte[]> xlsx(String name, String sheet, List<List<String>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "PCREF Bot", "1.0");
      Worksheet ws = workbook.newWorksheet(sheet);
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          ws.value(r, c, rows.get(r).get(c));
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file(name, XLSX, out.toByteArray());
  }

  private static ResponseEntity<byte[]> file(String name, MediaType type, byte[] body) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .body(body);
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

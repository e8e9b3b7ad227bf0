package org.pcref.core.team;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.pcref.core.message.Reply;
import org.pcref.framework.Competency;
import org.pcref.framework.Framework;

/** A team's whole assessment and history as a CSV or JSON file, for board reports. */
final class Export {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** What a spreadsheet takes as the start of a formula. */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  static final String BOM = "\uFEFF";

  private static final String HEADER =
      "team,competency_id,competency,level,note,by,at,check_in,current";

  private final Framework framework;

  Export(Framework framework) {
    this.framework = framework;
  }

  Reply.File csv(Team team, Assessment assessment) {
    // The byte order mark tells a spreadsheet the file is UTF-8: without it, Excel reads a note
    // in Bengali or Arabic as Windows-1252 mojibake.
    StringBuilder out = new StringBuilder(BOM).append(HEADER).append("\r\n");
    for (Competency c : framework.competencies()) {
      Rating current = assessment.current(c.id()).orElse(null);
      for (Rating r : assessment.history(c.id())) {
        out.append(
                String.join(
                    ",",
                    cell(team.name()),
                    cell(c.id()),
                    cell(c.name()),
                    cell(r.level().label()),
                    cell(r.note()),
                    cell(r.byName()),
                    cell(r.at().toString()),
                    cell(r.checkInId()),
                    r == current ? "yes" : "no"))
            .append("\r\n");
      }
    }
    return new Reply.File(fileName(team, "csv"), "text/csv", out.toString());
  }

  Reply.File json(Team team, Assessment assessment, Instant now) {
    ObjectNode root = JSON.createObjectNode();
    root.put("team", team.name());
    root.put("framework", framework.name());
    root.put("exportedAt", now.toString());
    ArrayNode competencies = root.putArray("competencies");
    for (Competency c : framework.competencies()) {
      ObjectNode node = competencies.addObject();
      node.put("id", c.id());
      node.put("name", c.name());
      assessment
          .current(c.id())
          .ifPresentOrElse(r -> node.put("level", r.level().label()), () -> node.putNull("level"));
      ArrayNode history = node.putArray("history");
      for (Rating r : assessment.history(c.id())) {
        ObjectNode entry = history.addObject();
        entry.put("level", r.level().label());
        entry.put("note", r.note());
        entry.put("by", r.byName());
        entry.put("at", r.at().toString());
        entry.put("checkIn", r.checkInId());
      }
    }
    try {
      return new Reply.File(
          fileName(team, "json"), "application/json", JSON.writeValueAsString(root) + "\n");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Quoted when needed; a leading = + - @, tab or carriage return is defused so a spreadsheet never
   * runs the cell as a formula, whatever follows it (line breaks included).
   */
  static String cell(String value) {
    String safe =
        !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    boolean quote =
        safe.contains(",")
            || safe.contains("\"")
            || safe.contains("\n")
            || safe.contains("\r")
            || !safe.equals(value);
    return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }

  private static String fileName(Team team, String extension) {
    String slug =
        team.name()
            .toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-|-$)", "");
    return "pcref-" + (slug.isEmpty() ? "team" : slug) + "." + extension;
  }

  static List<String> header() {
    return List.of(HEADER.split(","));
  }
}

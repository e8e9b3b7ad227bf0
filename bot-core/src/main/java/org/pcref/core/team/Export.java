package org.pcref.core.team;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.pcref.core.download.FileText;
import org.pcref.core.message.Reply;
import org.pcref.framework.Competency;
import org.pcref.framework.Framework;

/** A team's whole assessment and history as a CSV or JSON file, for board reports. */
final class Export {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static final String HEADER =
      "team,competency_id,competency,level,note,by,at,check_in,current";

  private final Framework framework;

  Export(Framework framework) {
    this.framework = framework;
  }

  Reply.File csv(Team team, Assessment assessment) {
    // The byte order mark tells a spreadsheet the file is UTF-8: without it, Excel reads a note
    // in Bengali or Arabic as Windows-1252 mojibake.
    StringBuilder out = new StringBuilder(FileText.CSV_START).append(HEADER).append("\r\n");
    for (Competency c : framework.competencies()) {
      Rating current = assessment.current(c.id()).orElse(null);
      for (Rating r : assessment.history(c.id())) {
        out.append(
                String.join(
                    ",",
                    FileText.csvCell(team.name()),
                    FileText.csvCell(c.id()),
                    FileText.csvCell(c.name()),
                    FileText.csvCell(r.level().label()),
                    FileText.csvCell(r.note()),
                    FileText.csvCell(r.byName()),
                    FileText.csvCell(r.at().toString()),
                    FileText.csvCell(r.checkInId()),
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

  private static String fileName(Team team, String extension) {
    String slug = FileText.slug(team.name());
    return "pcref-" + (slug.isEmpty() ? "team" : slug) + "." + extension;
  }

  static List<String> header() {
    return List.of(HEADER.split(","));
  }
}

package org.pcref.core.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.pcref.core.download.FileText;
import org.pcref.core.message.Reply;

/**
 * A person's record as two files: JSON (each table an array of objects) and CSV (one line per
 * value: table, row, field, value), which a spreadsheet opens and an information governance lead
 * can read without knowing the tables.
 */
final class PersonFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PersonFiles() {}

  static List<Reply> of(PersonRecord record, Instant now) {
    return List.of(json(record, now), csv(record));
  }

  static Reply.File json(PersonRecord record, Instant now) {
    ObjectNode root = JSON.createObjectNode();
    root.put("person", record.person().asString());
    root.put("exportedAt", now.toString());
    ObjectNode tables = root.putObject("data");
    for (PersonRecord.Table table : record.tables()) {
      ArrayNode rows = tables.putArray(table.name());
      for (List<String> row : table.rows()) {
        ObjectNode node = rows.addObject();
        for (int i = 0; i < table.columns().size() && i < row.size(); i++) {
          node.put(table.columns().get(i), row.get(i));
        }
      }
    }
    try {
      return new Reply.File(
          fileName(record, "json"), "application/json", JSON.writeValueAsString(root) + "\n");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Reply.File csv(PersonRecord record) {
    StringBuilder out = new StringBuilder(FileText.CSV_START).append("table,row,field,value\r\n");
    for (PersonRecord.Table table : record.tables()) {
      int number = 0;
      for (List<String> row : table.rows()) {
        number++;
        for (int i = 0; i < table.columns().size() && i < row.size(); i++) {
          out.append(
                  String.join(
                      ",",
                      FileText.csvCell(table.name()),
                      Integer.toString(number),
                      FileText.csvCell(table.columns().get(i)),
                      FileText.csvCell(row.get(i) == null ? "" : row.get(i))))
              .append("\r\n");
        }
      }
    }
    return new Reply.File(fileName(record, "csv"), "text/csv", out.toString());
  }

  private static String fileName(PersonRecord record, String extension) {
    String slug = FileText.slug(record.person().platform() + "-" + record.person().user());
    return "pcref-my-data-" + slug + "." + extension;
  }
}

package org.pcref.framework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The framework document the bundled data is transcribed from, reduced to its words: markup removed
 * and all white space made single spaces.
 *
 * <p>Its level tables have one tab-separated line per row, and a cell may run on into the next row
 * (Co-Learning's Good and Outstanding do). So each table is read column by column, the Developing
 * cells, then Good, then Outstanding, and a descriptor split over two rows reads as one.
 */
final class SourceDocument {

  static final String FILE = "shared/framework-source/pcref-cultural-competencies.txt";

  private static final String LEVELS_HEADER = "Developing Good Outstanding";
  private static final Pattern RULE_ROW = Pattern.compile("[\\s|:]*-[\\s|:-]*");

  private SourceDocument() {}

  /** The document, looked for above the working directory (the module when tests run). */
  static Optional<Path> locate() {
    for (String up : List.of("", "../", "../../", "../../../")) {
      Path candidate = Path.of(up + FILE).toAbsolutePath().normalize();
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static String normalisedText(Path file) {
    try {
      return normalise(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String normalise(String document) {
    String text = String.join("\n", tablesByColumn(document.lines().toList()));
    text = text.replaceAll("<[^>]*>", " ");
    text = text.replace("**", "");
    text = text.replaceAll("\\[([^\\]]*)\\]\\(#\\)", "$1");
    text = text.replace("•", " ").replace("|", " ");
    return text.replaceAll("\\s+", " ").strip();
  }

  private static List<String> tablesByColumn(List<String> lines) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i++);
      if (RULE_ROW.matcher(line).matches()) {
        continue;
      }
      if (!cells(line).equals(List.of("Developing", "Good", "Outstanding"))) {
        out.add(line);
        continue;
      }
      out.add(LEVELS_HEADER);
      List<StringBuilder> columns =
          List.of(new StringBuilder(), new StringBuilder(), new StringBuilder());
      for (; i < lines.size() && isTableLine(lines.get(i)); i++) {
        if (lines.get(i).isBlank() || RULE_ROW.matcher(lines.get(i)).matches()) {
          continue;
        }
        List<String> cells = List.of(lines.get(i).split("\t", -1));
        for (int c = 0; c < Math.min(3, cells.size()); c++) {
          columns.get(c).append(' ').append(cells.get(c));
        }
      }
      columns.forEach(column -> out.add(column.toString()));
    }
    return out;
  }

  /** A row (two or more cells with text), a blank line or a rule row. */
  private static boolean isTableLine(String line) {
    if (line.isBlank() || RULE_ROW.matcher(line).matches()) {
      return true;
    }
    return cells(line).stream().filter(cell -> !cell.isEmpty()).count() >= 2;
  }

  private static List<String> cells(String line) {
    return List.of(line.split("\t", -1)).stream().map(String::strip).toList();
  }
}

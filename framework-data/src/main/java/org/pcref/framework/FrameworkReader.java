package org.pcref.framework;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns the YAML tree of a framework file into a {@link Framework}, or reports every problem. */
final class FrameworkReader {

  private static final List<String> FIELDS = List.of("name", "contact", "synonyms", "competencies");

  private final Problems problems;

  FrameworkReader(Problems problems) {
    this.problems = problems;
  }

  Framework read(JsonNode root) {
    Framework framework = file(root).map(this::framework).orElse(null);
    problems.throwIfAny();
    return framework;
  }

  private Optional<YamlMapping> file(JsonNode root) {
    if (root == null || root.isMissingNode() || root.isNull()) {
      problems.add("the file is empty");
      return Optional.empty();
    }
    return YamlMapping.of(root, "the file", "", problems);
  }

  private Framework framework(YamlMapping file) {
    file.rejectUnknownFields(FIELDS);
    String name = file.requiredText("name");
    String contact = file.get("contact") == null ? "" : file.requiredText("contact");
    return new Framework(name, competencies(file), contact, synonyms(file));
  }

  /**
   * Each entry a line of words that mean the same, separated by commas: "qi, quality improvement".
   */
  private List<List<String>> synonyms(YamlMapping file) {
    List<List<String>> groups = new ArrayList<>();
    List<JsonNode> nodes = file.list("synonyms", false).orElse(List.of());
    for (int i = 0; i < nodes.size(); i++) {
      String line = YamlMapping.text(nodes.get(i)).orElse("");
      List<String> words =
          java.util.Arrays.stream(line.split(","))
              .map(String::strip)
              .filter(word -> !word.isEmpty())
              .toList();
      if (words.size() < 2) {
        file.problem(
            "synonyms entry "
                + (i + 1)
                + " must list at least two words or phrases, separated by commas");
      } else {
        groups.add(words);
      }
    }
    return groups;
  }

  private List<Competency> competencies(YamlMapping file) {
    List<JsonNode> nodes = file.list("competencies", true).orElse(null);
    if (nodes != null && nodes.isEmpty()) {
      file.problem("'competencies' is empty: at least one competency is needed");
    }
    List<CompetencyClashes.Entry> entries = new ArrayList<>();
    CompetencyReader reader = new CompetencyReader(problems);
    for (int i = 0; nodes != null && i < nodes.size(); i++) {
      String label = CompetencyReader.label(nodes.get(i), i + 1);
      reader
          .read(nodes.get(i), i + 1)
          .ifPresent(competency -> entries.add(new CompetencyClashes.Entry(label, competency)));
    }
    new CompetencyClashes(problems).check(entries);
    return entries.stream().map(CompetencyClashes.Entry::competency).toList();
  }
}

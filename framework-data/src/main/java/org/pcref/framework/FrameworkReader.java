package org.pcref.framework;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns the YAML tree of a framework file into a {@link Framework}, or reports every problem. */
final class FrameworkReader {

  private static final List<String> FIELDS = List.of("name", "contact", "competencies");

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
    return new Framework(name, competencies(file), contact);
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

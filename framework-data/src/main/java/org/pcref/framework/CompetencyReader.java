package org.pcref.framework;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and checks one competency of a framework file. */
final class CompetencyReader {

  private static final List<String> FIELDS =
      List.of("id", "name", "scope", "aliases", "definition", "aims", "levels");
  private static final List<String> AIM_FIELDS = List.of("text", "items");
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final Problems problems;

  CompetencyReader(Problems problems) {
    this.problems = problems;
  }

  /**
   * How problems name the competency: by its id when it has one, otherwise by its position
   * (counting from 1), e.g. {@code competency 'co-learning'} or {@code competency #3}.
   */
  static String label(JsonNode node, int position) {
    JsonNode id = node == null ? null : node.get("id");
    String text = id == null ? "" : YamlMapping.text(id).orElse("");
    return text.isEmpty() ? "competency #" + position : "competency '" + text + "'";
  }

  /** The competency in {@code node}; empty if it is not even a mapping. */
  Optional<Competency> read(JsonNode node, int position) {
    return YamlMapping.of(node, "the competency", label(node, position), problems)
        .map(CompetencyReader::read);
  }

  private static Competency read(YamlMapping fields) {
    fields.rejectUnknownFields(FIELDS);
    return new Competency(
        id(fields),
        fields.requiredText("name"),
        scope(fields),
        aliases(fields),
        fields.requiredText("definition"),
        aims(fields),
        levels(fields));
  }

  /** Aliases are compared in this form: lowercase, single-spaced. */
  static String normaliseAlias(String alias) {
    return alias.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static String id(YamlMapping fields) {
    String id = fields.requiredText("id");
    if (!id.isEmpty() && !ID.matcher(id).matches()) {
      fields.problem(
          "id '"
              + id
              + "' must be lowercase letters and digits joined by single hyphens,"
              + " e.g. 'co-learning'");
    }
    return id;
  }

  private static Scope scope(YamlMapping fields) {
    String scope = fields.requiredText("scope").toLowerCase(Locale.ROOT);
    for (Scope candidate : Scope.values()) {
      if (candidate.name().toLowerCase(Locale.ROOT).equals(scope)) {
        return candidate;
      }
    }
    if (!scope.isEmpty()) {
      fields.problem("scope '" + scope + "' must be national or local");
    }
    return null;
  }

  private static List<String> aliases(YamlMapping fields) {
    Set<String> aliases = new LinkedHashSet<>();
    List<JsonNode> items = fields.list("aliases", false).orElse(List.of());
    for (int i = 0; i < items.size(); i++) {
      entry(fields, items.get(i), "alias " + (i + 1))
          .map(CompetencyReader::normaliseAlias)
          .ifPresent(aliases::add);
    }
    return List.copyOf(aliases);
  }

  private static List<Aim> aims(YamlMapping fields) {
    List<JsonNode> nodes = fields.list("aims", true).orElse(null);
    if (nodes != null && nodes.isEmpty()) {
      fields.problem("'aims' is empty: at least one aim is needed");
    }
    List<Aim> aims = new ArrayList<>();
    for (int i = 0; nodes != null && i < nodes.size(); i++) {
      String subject = "aim " + (i + 1);
      fields
          .child(nodes.get(i), subject, subject + ": ")
          .map(CompetencyReader::aim)
          .ifPresent(aims::add);
    }
    return aims;
  }

  private static Aim aim(YamlMapping aim) {
    aim.rejectUnknownFields(AIM_FIELDS);
    String text = aim.requiredText("text");
    List<String> items = new ArrayList<>();
    List<JsonNode> nodes = aim.list("items", false).orElse(List.of());
    for (int i = 0; i < nodes.size(); i++) {
      entry(aim, nodes.get(i), "item " + (i + 1)).ifPresent(items::add);
    }
    return new Aim(text, items);
  }

  private static Map<Level, List<String>> levels(YamlMapping fields) {
    Map<Level, List<String>> levels = new EnumMap<>(Level.class);
    JsonNode node = fields.get("levels");
    if (node == null) {
      fields.problem("'levels' is missing");
      return levels;
    }
    fields.child(node, "'levels'", "").ifPresent(mapping -> readLevels(mapping, levels));
    return levels;
  }

  private static void readLevels(YamlMapping mapping, Map<Level, List<String>> levels) {
    for (String key : mapping.fieldNames()) {
      Optional<Level> level = Level.fromKey(key);
      if (level.isEmpty()) {
        mapping.problem("unknown level '" + key + "' (expected developing, good, outstanding)");
      } else if (levels.containsKey(level.get())) {
        mapping.problem("level '" + level.get().key() + "' is given twice");
      } else {
        levels.put(level.get(), descriptors(mapping, key, level.get()));
      }
    }
    for (Level level : Level.values()) {
      if (!levels.containsKey(level)) {
        mapping.problem("level '" + level.key() + "' is missing");
      }
    }
  }

  private static List<String> descriptors(YamlMapping mapping, String key, Level level) {
    String subject = "level '" + level.key() + "'";
    JsonNode node = mapping.get(key);
    if (node == null || !node.isArray()) {
      mapping.problem(subject + " must be a list of descriptors, not " + YamlMapping.kind(node));
      return List.of();
    }
    List<String> descriptors = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String what = "descriptor " + (i + 1);
      Optional<String> text = YamlMapping.text(node.get(i));
      if (text.isEmpty()) {
        String kind = YamlMapping.kind(node.get(i));
        mapping.problem(subject + " " + what + " must be text, not " + kind);
      } else if (text.get().isEmpty()) {
        mapping.problem(subject + " has a blank descriptor (" + what + ")");
      } else {
        descriptors.add(text.get());
      }
    }
    if (node.isEmpty()) {
      mapping.problem(subject + " has no descriptors");
    }
    return descriptors;
  }

  /** One entry of a list of texts; empty (and reported) if blank or not text. */
  private static Optional<String> entry(YamlMapping owner, JsonNode node, String what) {
    Optional<String> text = YamlMapping.text(node);
    if (text.isEmpty()) {
      owner.problem(what + " must be text, not " + YamlMapping.kind(node));
    } else if (text.get().isEmpty()) {
      owner.problem(what + " is blank");
      return Optional.empty();
    }
    return text;
  }
}

package org.pcref.framework;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One YAML mapping of the framework file (the file itself, a competency, an aim, the levels), read
 * field by field. Whatever is missing or malformed is reported to {@link Problems} and read as
 * empty, so that reading goes on and every problem is found.
 */
final class YamlMapping {

  private final JsonNode node;
  private final String where;
  private final String prefix;
  private final Problems problems;

  private YamlMapping(JsonNode node, String where, String prefix, Problems problems) {
    this.node = node;
    this.where = where;
    this.prefix = prefix;
    this.problems = problems;
  }

  /**
   * The mapping in {@code node}, or empty (and a problem reported) if it is something else.
   *
   * @param what what the mapping should be, for the problem message, e.g. {@code the file}
   * @param where the competency the mapping belongs to, or "" for the file itself
   */
  static Optional<YamlMapping> of(JsonNode node, String what, String where, Problems problems) {
    return of(node, what, where, "", problems);
  }

  /**
   * A mapping nested in this one, e.g. an aim; its problems start with {@code childPrefix}.
   *
   * @param what what the mapping should be, e.g. {@code aim 2}
   */
  Optional<YamlMapping> child(JsonNode child, String what, String childPrefix) {
    return of(child, prefix + what, where, prefix + childPrefix, problems);
  }

  private static Optional<YamlMapping> of(
      JsonNode node, String what, String where, String prefix, Problems problems) {
    if (node != null && node.isObject()) {
      return Optional.of(new YamlMapping(node, where, prefix, problems));
    }
    report(problems, where, what + " must be a mapping of 'field: value' lines, not " + kind(node));
    return Optional.empty();
  }

  List<String> fieldNames() {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  JsonNode get(String field) {
    return node.get(field);
  }

  void rejectUnknownFields(List<String> known) {
    for (String field : fieldNames()) {
      if (!known.contains(field)) {
        problem("unknown field '" + field + "' (expected " + String.join(", ", known) + ")");
      }
    }
  }

  /** The field's text, cleaned; "" if it is missing, blank or not text (all reported). */
  String requiredText(String field) {
    JsonNode value = node.get(field);
    if (value == null) {
      problem("'" + field + "' is missing");
      return "";
    }
    Optional<String> text = text(value);
    if (text.isEmpty()) {
      problem("'" + field + "' must be text, not " + kind(value));
      return "";
    }
    if (text.get().isEmpty()) {
      problem("'" + field + "' is blank");
    }
    return text.get();
  }

  /** The field's list; empty if it is missing (reported when required) or not a list. */
  Optional<List<JsonNode>> list(String field, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        problem("'" + field + "' is missing");
      }
      return Optional.empty();
    }
    if (!value.isArray()) {
      problem("'" + field + "' must be a list, not " + kind(value));
      return Optional.empty();
    }
    List<JsonNode> items = new ArrayList<>();
    value.forEach(items::add);
    return Optional.of(items);
  }

  /** Reports a problem of this mapping. */
  void problem(String problem) {
    report(problems, where, prefix + problem);
  }

  /**
   * A scalar's text with surrounding space removed and inner runs of space made single; {@code ""}
   * for an empty value, nothing for a list or mapping.
   */
  static Optional<String> text(JsonNode value) {
    if (value == null || value.isNull()) {
      return Optional.of("");
    }
    if (!value.isValueNode()) {
      return Optional.empty();
    }
    return Optional.of(value.asText().strip().replaceAll("\\s+", " "));
  }

  static String kind(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return "nothing";
    }
    if (value.isArray()) {
      return "a list";
    }
    if (value.isObject()) {
      return "a mapping";
    }
    // Never the value itself: a file given by mistake (a .env, a key) must not be echoed.
    return value.isNumber() ? "a number" : value.isBoolean() ? "true or false" : "text";
  }

  private static void report(Problems problems, String where, String problem) {
    if (where.isEmpty()) {
      problems.add(problem);
    } else {
      problems.add(where, problem);
    }
  }
}

package org.pcref.core.qa;

import java.util.List;
import org.pcref.framework.Competency;
import org.pcref.framework.Level;

/**
 * One quotable piece of the framework: a competency's definition, one of its aims (with the items
 * it lists, if any), or one descriptor of one of its levels ({@code level} is null for definitions
 * and aims).
 */
record Passage(Competency competency, Part part, Level level, String text, List<String> items) {

  Passage(Competency competency, Part part, Level level, String text) {
    this(competency, part, level, text, List.of());
  }

  /** The text with its items, as it is searched. */
  String searched() {
    return items.isEmpty() ? text : text + " " + String.join("; ", items);
  }

  enum Part {
    DEFINITION,
    AIM,
    DESCRIPTOR
  }

  /** Where the passage stands, in words: "Good", "definition", "aims". */
  String place() {
    return switch (part) {
      case DEFINITION -> "definition";
      case AIM -> "aims";
      case DESCRIPTOR -> level.label();
    };
  }
}

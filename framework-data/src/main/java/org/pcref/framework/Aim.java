package org.pcref.framework;

import java.util.List;

/**
 * One aim of a competency, quoted from the framework. Some aims list sub-items (Trauma Informed
 * Care's six principles); most have none.
 */
public record Aim(String text, List<String> items) {
  public Aim {
    items = items == null ? List.of() : List.copyOf(items);
  }

  public static Aim of(String text) {
    return new Aim(text, List.of());
  }
}

package org.pcref.core.privacy;

import java.util.Map;
import java.util.TreeMap;

/** What erasing a person changed: rows per table, replaced or deleted. */
public record Erasure(Map<String, Integer> rows) {

  public Erasure {
    rows = java.util.Collections.unmodifiableMap(new TreeMap<>(rows));
  }

  public int total() {
    return rows.values().stream().mapToInt(Integer::intValue).sum();
  }
}

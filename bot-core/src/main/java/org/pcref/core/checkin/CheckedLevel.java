package org.pcref.core.checkin;

import java.util.List;
import org.pcref.framework.Level;

/** On the detailed path: which descriptors of a level (1-based) the team said are met. */
public record CheckedLevel(Level level, List<Integer> met, int of) {
  public CheckedLevel {
    met = List.copyOf(met);
  }

  public boolean allMet() {
    return met.size() == of;
  }
}

package org.pcref.app.storage;

import java.util.ArrayList;
import java.util.List;
import org.pcref.core.checkin.CheckedLevel;
import org.pcref.framework.Level;

/**
 * A round answer's descriptor checklist in one column: {@code LEVEL=met,met/of} per level, joined
 * by {@code ;} ({@code DEVELOPING=1,2/2;GOOD=1/2}); empty when the checklist was not used.
 */
final class Checklists {

  private Checklists() {}

  static String write(List<CheckedLevel> checked) {
    List<String> levels = new ArrayList<>();
    for (CheckedLevel level : checked) {
      levels.add(
          level.level().name()
              + "="
              + String.join(",", level.met().stream().map(String::valueOf).toList())
              + "/"
              + level.of());
    }
    return String.join(";", levels);
  }

  static List<CheckedLevel> read(String text) {
    List<CheckedLevel> checked = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return checked;
    }
    for (String part : text.split(";")) {
      String[] nameAndRest = part.split("=", 2);
      String[] metAndOf = nameAndRest[1].split("/", 2);
      List<Integer> met = new ArrayList<>();
      for (String number : metAndOf[0].split(",")) {
        if (!number.isEmpty()) {
          met.add(Integer.parseInt(number));
        }
      }
      checked.add(
          new CheckedLevel(Level.valueOf(nameAndRest[0]), met, Integer.parseInt(metAndOf[1])));
    }
    return checked;
  }
}

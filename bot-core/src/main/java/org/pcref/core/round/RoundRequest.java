package org.pcref.core.round;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a lead asked for after {@code checkin team}: which competencies (empty for those due, a
 * name, or all), for how many working days, and whether names are shown to the lead.
 *
 * @param days the working days asked for, or 0 for the default
 */
record RoundRequest(String competencies, int days, boolean namesShown) {

  private static final Pattern DAYS =
      Pattern.compile("\\bfor (\\d{1,3}) (?:working )?days?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAMES =
      Pattern.compile(
          "\\b(?:with names|named|names shown|show names|showing names)\\b",
          Pattern.CASE_INSENSITIVE);

  static RoundRequest read(String argument) {
    String rest = argument.strip();
    int days = 0;
    Matcher d = DAYS.matcher(rest);
    if (d.find()) {
      days = Integer.parseInt(d.group(1));
      rest = d.replaceFirst(" ");
    }
    Matcher n = NAMES.matcher(rest);
    boolean names = n.find();
    if (names) {
      rest = n.replaceFirst(" ");
    }
    rest = rest.replaceAll("\\s+", " ").strip();
    return new RoundRequest(rest, days, names);
  }

  boolean all() {
    return competencies.toLowerCase(Locale.ROOT).equals("all");
  }
}

package org.pcref.core.round;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * How rounds behave.
 *
 * @param workingDays how long a round stays open unless the lead says otherwise, in working days
 *     (Saturdays and Sundays are skipped); default 3
 * @param fewestToShow the fewest answers for which a competency's spread is shown; below it only
 *     the count is, so nobody's answer can be picked out (default 3)
 * @param zone the team's time zone, in which working days are counted and times shown
 */
public record RoundSettings(int workingDays, int fewestToShow, ZoneId zone) {

  public static final RoundSettings DEFAULTS = new RoundSettings(3, 3, ZoneId.of("Europe/London"));

  /** The longest a lead may keep a round open, in working days. */
  public static final int LONGEST = 20;

  public RoundSettings {
    if (workingDays < 1 || workingDays > LONGEST || fewestToShow < 1) {
      throw new IllegalArgumentException("round settings must be positive");
    }
  }

  /** The last minute of a day: a round closes when its last working day is over. */
  static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

  /**
   * The end of the {@code days}th working day after {@code from}, in the team's zone: everyone has
   * the whole of the last day, whatever time the round was opened. A round opened at the weekend
   * counts from Monday.
   */
  public Instant closingTime(Instant from, int days) {
    ZonedDateTime at = from.atZone(zone);
    int left = days;
    while (left > 0) {
      at = at.plusDays(1);
      if (!isWeekend(at.getDayOfWeek())) {
        left--;
      }
    }
    return at.toLocalDate().atTime(END_OF_DAY).atZone(zone).toInstant();
  }

  private static boolean isWeekend(DayOfWeek day) {
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }
}

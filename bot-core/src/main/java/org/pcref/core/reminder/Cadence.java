package org.pcref.core.reminder;

import java.time.ZonedDateTime;

/** How often a team checks in: every so many weeks or months. */
public record Cadence(int every, Unit unit) {

  public enum Unit {
    WEEKS,
    MONTHS
  }

  public static final Cadence WEEKLY = new Cadence(1, Unit.WEEKS);
  public static final Cadence FORTNIGHTLY = new Cadence(2, Unit.WEEKS);
  public static final Cadence FOUR_WEEKLY = new Cadence(4, Unit.WEEKS);
  public static final Cadence MONTHLY = new Cadence(1, Unit.MONTHS);
  public static final Cadence QUARTERLY = new Cadence(3, Unit.MONTHS);

  public Cadence {
    if (every < 1 || every > 52) {
      throw new IllegalArgumentException("a cadence is every 1 to 52 weeks or months");
    }
  }

  ZonedDateTime after(ZonedDateTime from) {
    return unit == Unit.WEEKS ? from.plusWeeks(every) : from.plusMonths(every);
  }

  /** In words: "every 4 weeks", "monthly", "quarterly". */
  public String describe() {
    if (unit == Unit.MONTHS) {
      return every == 1 ? "monthly" : every == 3 ? "quarterly" : "every " + every + " months";
    }
    return every == 1 ? "weekly" : every == 2 ? "fortnightly" : "every " + every + " weeks";
  }
}

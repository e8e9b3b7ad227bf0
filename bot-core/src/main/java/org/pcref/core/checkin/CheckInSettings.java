package org.pcref.core.checkin;

import java.time.Duration;
import java.time.ZoneId;

/**
 * How check-ins behave.
 *
 * @param reviewAfter a competency last rated longer ago than this is due again (default 90 days)
 * @param expireAfter a check-in left untouched this long is dropped (default 7 days)
 * @param perSitting how many due competencies one {@code checkin} asks about (default 3)
 * @param zone the time zone dates are shown in (default Europe/London)
 */
public record CheckInSettings(
    Duration reviewAfter, Duration expireAfter, int perSitting, ZoneId zone) {

  public static final CheckInSettings DEFAULTS =
      new CheckInSettings(Duration.ofDays(90), Duration.ofDays(7), 3, ZoneId.of("Europe/London"));

  public CheckInSettings {
    if (reviewAfter.isNegative()
        || expireAfter.isNegative()
        || expireAfter.isZero()
        || perSitting < 1) {
      throw new IllegalArgumentException("check-in settings must be positive");
    }
  }
}

package org.pcref.core.reminder;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A team's nudge settings.
 *
 * @param cadence how often the team means to check in (default every 4 weeks)
 * @param day the day of the week nudges arrive (default Monday)
 * @param time the local time nudges arrive (default 09:00)
 * @param zone the time zone of {@code day} and {@code time} (default Europe/London)
 * @param toChannel true: post in the team's channel; false: each lead by direct message
 * @param digest the digest of changes: off, weekly or monthly (default off)
 * @param staleAfterDays a competency not reviewed for this many days is named as due (default 90)
 * @param snoozedUntil no check-in nudge before this instant, or null
 * @param stopped no nudges at all
 * @param digestSince when the digest was last turned on: no digest covers time before it, or null
 */
public record NudgeSettings(
    Cadence cadence,
    DayOfWeek day,
    LocalTime time,
    ZoneId zone,
    boolean toChannel,
    Digest digest,
    int staleAfterDays,
    Instant snoozedUntil,
    boolean stopped,
    Instant digestSince) {

  public enum Digest {
    OFF,
    WEEKLY,
    MONTHLY
  }

  public static final NudgeSettings DEFAULTS =
      new NudgeSettings(
          Cadence.FOUR_WEEKLY,
          DayOfWeek.MONDAY,
          LocalTime.of(9, 0),
          ZoneId.of("Europe/London"),
          false,
          Digest.OFF,
          90,
          null,
          false,
          null);

  public NudgeSettings {
    Objects.requireNonNull(cadence, "cadence");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(digest, "digest");
    if (staleAfterDays < 1) {
      throw new IllegalArgumentException("staleAfterDays must be positive");
    }
  }

  NudgeSettings with(Cadence c) {
    return new NudgeSettings(
        c, day, time, zone, toChannel, digest, staleAfterDays, snoozedUntil, stopped, digestSince);
  }

  NudgeSettings on(DayOfWeek d) {
    return new NudgeSettings(
        cadence,
        d,
        time,
        zone,
        toChannel,
        digest,
        staleAfterDays,
        snoozedUntil,
        stopped,
        digestSince);
  }

  NudgeSettings at(LocalTime t) {
    return new NudgeSettings(
        cadence,
        day,
        t,
        zone,
        toChannel,
        digest,
        staleAfterDays,
        snoozedUntil,
        stopped,
        digestSince);
  }

  NudgeSettings in(ZoneId z) {
    return new NudgeSettings(
        cadence,
        day,
        time,
        z,
        toChannel,
        digest,
        staleAfterDays,
        snoozedUntil,
        stopped,
        digestSince);
  }

  NudgeSettings toChannel(boolean channel) {
    return new NudgeSettings(
        cadence,
        day,
        time,
        zone,
        channel,
        digest,
        staleAfterDays,
        snoozedUntil,
        stopped,
        digestSince);
  }

  NudgeSettings with(Digest d, Instant now) {
    Instant since =
        d == Digest.OFF
            ? digestSince
            : digest == Digest.OFF || digestSince == null ? now : digestSince;
    return new NudgeSettings(
        cadence, day, time, zone, toChannel, d, staleAfterDays, snoozedUntil, stopped, since);
  }

  NudgeSettings staleAfter(int days) {
    return new NudgeSettings(
        cadence, day, time, zone, toChannel, digest, days, snoozedUntil, stopped, digestSince);
  }

  NudgeSettings snoozedUntil(Instant until) {
    return new NudgeSettings(
        cadence, day, time, zone, toChannel, digest, staleAfterDays, until, stopped, digestSince);
  }

  NudgeSettings stopped(boolean stop) {
    return new NudgeSettings(
        cadence,
        day,
        time,
        zone,
        toChannel,
        digest,
        staleAfterDays,
        snoozedUntil,
        stop,
        digestSince);
  }
}

package org.pcref.core.reminder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.pcref.core.team.Assessment;
import org.pcref.core.team.Rating;
import org.pcref.core.team.Team;
import org.pcref.framework.Competency;
import org.pcref.framework.Framework;

/**
 * Decides which nudges a team has due at a given time, and when its next one is, from its settings
 * and history alone. Nudges fall on the team's day and local time (09:00 stays 09:00 across the
 * clock changes); after downtime only the latest missed occurrence is due, never one per missed
 * period.
 */
public final class NudgePlanner {

  /** After a check-in, competencies still stale are not named again for this long. */
  static final Duration REST_AFTER_CHECK_IN = Duration.ofDays(7);

  private static final int MOST_OCCURRENCES = 10_000;

  private final Framework framework;

  public NudgePlanner(Framework framework) {
    this.framework = framework;
  }

  /**
   * What every team's plan rests on besides its own data, as a fingerprint: the framework's
   * competencies and the rules of planning (the code of this class and of {@link Cadence}). Plans
   * made on another basis, before a new framework or version, are made again.
   */
  public String basis() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Competency c : framework.competencies()) {
        digest.update((c.id() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      for (Class<?> rules : List.of(NudgePlanner.class, Cadence.class)) {
        try (InputStream code = rules.getResourceAsStream(rules.getSimpleName() + ".class")) {
          digest.update(code == null ? new byte[0] : code.readAllBytes());
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException | IOException e) {
      throw new IllegalStateException("the basis of nudge plans cannot be fingerprinted", e);
    }
  }

  /**
   * The nudges due at {@code now}: the latest occurrence of each kind that has come. Nothing is due
   * in the quiet hours, so a nudge missed during downtime waits for the working day.
   */
  public List<Nudge> due(Team team, NudgeSettings settings, Assessment assessment, Instant now) {
    List<Nudge> due = new ArrayList<>();
    if (settings.stopped() || isQuiet(now, settings)) {
      return due;
    }
    latestCheckIn(team, settings, assessment, now)
        .ifPresent(at -> due.add(new Nudge(team.id(), Nudge.Kind.CHECKIN, at)));
    latestDigest(team, settings, now)
        .ifPresent(at -> due.add(new Nudge(team.id(), Nudge.Kind.DIGEST, at)));
    return due;
  }

  /** When the next check-in nudge falls after {@code now}, or empty when nudges are stopped. */
  public Optional<Instant> nextCheckIn(
      Team team, NudgeSettings settings, Assessment assessment, Instant now) {
    if (settings.stopped()) {
      return Optional.empty();
    }
    ZonedDateTime slot = firstSlotAtOrAfter(checkInTrigger(team, settings, assessment), settings);
    while (!slot.toInstant().isAfter(now)) {
      slot = firstSlotAtOrAfter(settings.cadence().after(slot), settings);
    }
    return Optional.of(slot.toInstant());
  }

  /**
   * When the team is to be planned again: the earliest time after {@code now} at which {@link #due}
   * may give a nudge it does not give at {@code now} (the next check-in or digest slot, or the end
   * of the quiet hours holding one back); empty when nudges are stopped. Of what the plan depends
   * on, settings changes plan the team again at once; a check-in can only move the check-in nudge
   * later (the cadence and the staleness both count from it), so a time planned before a check-in
   * is early at worst, and costs one more look at the team.
   */
  public Optional<Instant> nextPlanning(
      Team team, NudgeSettings settings, Assessment assessment, Instant now) {
    Optional<Instant> checkIn = nextCheckIn(team, settings, assessment, now);
    if (checkIn.isEmpty()) {
      return checkIn;
    }
    Instant next = checkIn.get();
    Optional<Instant> digest = nextDigest(team, settings, now);
    if (digest.isPresent() && digest.get().isBefore(next)) {
      next = digest.get();
    }
    if (isQuiet(now, settings)) {
      Instant ends = quietEnds(now, settings);
      next = ends.isBefore(next) ? ends : next;
    }
    return Optional.of(next);
  }

  private Optional<Instant> latestCheckIn(
      Team team, NudgeSettings settings, Assessment assessment, Instant now) {
    ZonedDateTime slot = firstSlotAtOrAfter(checkInTrigger(team, settings, assessment), settings);
    if (slot.toInstant().isAfter(now)) {
      return Optional.empty();
    }
    for (int i = 0; i < MOST_OCCURRENCES; i++) {
      ZonedDateTime next = firstSlotAtOrAfter(settings.cadence().after(slot), settings);
      if (next.toInstant().isAfter(now)) {
        break;
      }
      slot = next;
    }
    return Optional.of(slot.toInstant());
  }

  /**
   * When a check-in nudge becomes due: the cadence after the last check-in (or the team's start),
   * or sooner when a competency goes unreviewed for too long; never inside a snooze.
   */
  Instant checkInTrigger(Team team, NudgeSettings settings, Assessment assessment) {
    Instant lastCheckIn =
        assessment.history().stream()
            .map(Rating::at)
            .max(Instant::compareTo)
            .orElse(team.createdAt());
    // By date, not to the minute: a weekly team that checked in on Monday at noon is due next
    // Monday.
    Instant byCadence =
        settings
            .cadence()
            .after(lastCheckIn.atZone(settings.zone()).toLocalDate().atStartOfDay(settings.zone()))
            .toInstant();
    Instant trigger = byCadence;
    Duration stale = Duration.ofDays(settings.staleAfterDays());
    for (Competency c : framework.competencies()) {
      Instant reviewed = assessment.current(c.id()).map(Rating::at).orElse(team.createdAt());
      Instant staleAt = reviewed.plus(stale);
      Instant rested =
          lastCheckIn.equals(team.createdAt())
              ? staleAt
              : max(staleAt, lastCheckIn.plus(REST_AFTER_CHECK_IN));
      if (rested.isBefore(trigger)) {
        trigger = rested;
      }
    }
    return settings.snoozedUntil() == null ? trigger : max(trigger, settings.snoozedUntil());
  }

  private Optional<Instant> latestDigest(Team team, NudgeSettings settings, Instant now) {
    if (settings.digest() == NudgeSettings.Digest.OFF) {
      return Optional.empty();
    }
    Instant since = settings.digestSince() == null ? team.createdAt() : settings.digestSince();
    ZonedDateTime slot = digestSlotAtOrAfter(since.atZone(settings.zone()), settings);
    if (slot.toInstant().isAfter(now)) {
      return Optional.empty();
    }
    for (int i = 0; i < MOST_OCCURRENCES; i++) {
      ZonedDateTime next = digestSlotAtOrAfter(slot.plusDays(1), settings);
      if (next.toInstant().isAfter(now)) {
        break;
      }
      slot = next;
    }
    return Optional.of(slot.toInstant());
  }

  private Optional<Instant> nextDigest(Team team, NudgeSettings settings, Instant now) {
    if (settings.digest() == NudgeSettings.Digest.OFF) {
      return Optional.empty();
    }
    Instant since = settings.digestSince() == null ? team.createdAt() : settings.digestSince();
    ZonedDateTime slot = digestSlotAtOrAfter(since.atZone(settings.zone()), settings);
    for (int i = 0; i < MOST_OCCURRENCES && !slot.toInstant().isAfter(now); i++) {
      slot = digestSlotAtOrAfter(slot.plusDays(1), settings);
    }
    return Optional.of(slot.toInstant());
  }

  /**
   * The first time after {@code now}, a quiet time, when nudges may go: a working hour, or the
   * team's own.
   */
  static Instant quietEnds(Instant now, NudgeSettings settings) {
    ZonedDateTime ownSlot = firstSlotAtOrAfter(now, settings);
    ZonedDateTime hour = now.atZone(settings.zone()).truncatedTo(ChronoUnit.HOURS).plusHours(1);
    for (; hour.isBefore(ownSlot); hour = hour.plusHours(1)) {
      if (!isQuiet(hour.toInstant(), settings)) {
        return hour.toInstant();
      }
    }
    return ownSlot.toInstant();
  }

  /**
   * Quiet hours: evenings, nights (20:00 to 08:00 local) and weekends, except the hour after the
   * team's own chosen day and time, so a team that asked for 07:30 on Saturday still gets it.
   */
  static boolean isQuiet(Instant now, NudgeSettings settings) {
    ZonedDateTime local = now.atZone(settings.zone());
    ZonedDateTime slot = local.with(settings.time());
    boolean teamsOwnHour =
        local.getDayOfWeek() == settings.day()
            && !local.isBefore(slot)
            && local.isBefore(slot.plusHours(1));
    if (teamsOwnHour) {
      return false;
    }
    boolean weekend =
        local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
    int hour = local.getHour();
    return weekend || hour < QUIET_UNTIL || hour >= QUIET_FROM;
  }

  static final int QUIET_FROM = 20;
  static final int QUIET_UNTIL = 8;

  /** The digest period that ends at {@code dueAt}: a week, or a month. */
  static Instant digestPeriodStart(Instant dueAt, NudgeSettings settings) {
    ZonedDateTime end = dueAt.atZone(settings.zone());
    return (settings.digest() == NudgeSettings.Digest.MONTHLY
            ? end.minusMonths(1)
            : end.minusWeeks(1))
        .toInstant();
  }

  /** The team's weekday and local time, at or after {@code from}. */
  static ZonedDateTime firstSlotAtOrAfter(Instant from, NudgeSettings settings) {
    return firstSlotAtOrAfter(from.atZone(settings.zone()), settings);
  }

  static ZonedDateTime firstSlotAtOrAfter(ZonedDateTime from, NudgeSettings settings) {
    ZonedDateTime local = from.withZoneSameInstant(settings.zone());
    ZonedDateTime slot =
        local.with(TemporalAdjusters.nextOrSame(settings.day())).with(settings.time());
    return slot.isBefore(local) ? slot.plusWeeks(1).with(settings.time()) : slot;
  }

  /** Weekly digests fall on every slot; monthly ones on the first such weekday of a month. */
  private static ZonedDateTime digestSlotAtOrAfter(ZonedDateTime from, NudgeSettings settings) {
    if (settings.digest() == NudgeSettings.Digest.WEEKLY) {
      return firstSlotAtOrAfter(from, settings);
    }
    ZonedDateTime local = from.withZoneSameInstant(settings.zone());
    DayOfWeek day = settings.day();
    ZonedDateTime slot = local.with(TemporalAdjusters.firstInMonth(day)).with(settings.time());
    if (slot.isBefore(local)) {
      slot = local.plusMonths(1).with(TemporalAdjusters.firstInMonth(day)).with(settings.time());
    }
    return slot;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}

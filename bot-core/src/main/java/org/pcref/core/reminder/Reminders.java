package org.pcref.core.reminder;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pcref.core.message.Address;
import org.pcref.core.checkin.PausedCheckIns;
import org.pcref.core.message.Delivery;
import org.pcref.core.message.Notifier;
import org.pcref.core.message.Reply;
import org.pcref.core.team.Assessment;
import org.pcref.core.team.Person;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamStore;
import org.pcref.framework.Framework;

/**
 * Nudges, end to end: finds what is due for every team, delivers each nudge to each recipient
 * exactly once (claimed in the store first, so retries, restarts and other instances cannot send
 * it twice), and retries failures with backoff.
 */
public final class Reminders {

  /** A claim not finished within this long is taken to have died with its instance. */
  public static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

  static final int MOST_ATTEMPTS = 5;

  private static final Logger LOG = System.getLogger(Reminders.class.getName());

  /** What became of one delivery attempt. */
  public enum Outcome {
    SENT,
    WILL_RETRY,
    GAVE_UP,
    NOT_MINE
  }

  private final Framework framework;
  private final TeamStore teams;
  private final PausedCheckIns paused;
  private final NudgeStore store;
  private final Map<String, Notifier> notifiers = new HashMap<>();
  private final Notifier fallback;
  private final Clock clock;
  private final Duration abandonedAfter;
  private final NudgePlanner planner;
  private final NudgeMessages messages;

  /**
   * @param notifiers one per platform
   * @param fallback for teams on a platform with no notifier configured (the terminal, or a
   *     platform whose credentials are not set): records the nudge in the log
   */
  public Reminders(Framework framework, TeamStore teams, PausedCheckIns paused, NudgeStore store, List<Notifier> notifiers, Notifier fallback, Clock clock) {
    this(framework, teams, paused, store, notifiers, fallback, clock, ABANDONED_AFTER);
  }

  /**
   * @param abandonedAfter how long a claim may go unfinished before another instance takes it over
   *     (tests shorten it; it must be longer than any delivery takes)
   */
  public Reminders(
      Framework framework,
      TeamStore teams,
      PausedCheckIns paused,
      NudgeStore store,
      List<Notifier> notifiers,
      Notifier fallback,
      Clock clock,
      Duration abandonedAfter) {
    this.framework = framework;
    this.teams = teams;
    this.paused = paused;
    this.store = store;
    notifiers.forEach(n -> this.notifiers.put(n.platform(), n));
    this.fallback = fallback;
    this.clock = clock;
    this.abandonedAfter = abandonedAfter;
    this.planner = new NudgePlanner(framework);
    this.messages = new NudgeMessages(framework);
  }

  /** Every delivery due now and not yet recorded, plus retries that are due. */
  public List<NudgeDelivery> due() {
    Instant now = clock.instant();
    List<NudgeDelivery> due = new ArrayList<>(store.unfinished(now, abandonedAfter));
    for (String teamId : store.teamIds()) {
      Optional<Team> team = teams.find(teamId);
      if (team.isEmpty()) {
        continue;
      }
      NudgeSettings settings = settingsOf(teamId);
      Assessment assessment = new Assessment(teams.ratings(teamId));
      for (Nudge nudge : planner.due(team.get(), settings, assessment, now)) {
        for (Address to : recipients(team.get(), settings)) {
          NudgeDelivery delivery = new NudgeDelivery(nudge, to);
          if (store.record(delivery.key()).isEmpty()) {
            due.add(delivery);
          }
        }
      }
    }
    return due;
  }

  /** Finds and delivers everything due: one sweep of the scheduler. */
  public Map<Outcome, Integer> sweep() {
    Map<Outcome, Integer> counts = new HashMap<>();
    for (NudgeDelivery delivery : due()) {
      counts.merge(deliver(delivery), 1, Integer::sum);
    }
    return counts;
  }

  /** Delivers one nudge to one recipient, if no one else has or is doing so. */
  public Outcome deliver(NudgeDelivery delivery) {
    Instant now = clock.instant();
    if (!store.claim(delivery, now, abandonedAfter)) {
      return Outcome.NOT_MINE;
    }
    Optional<Team> team = teams.find(delivery.nudge().teamId());
    if (team.isEmpty()) {
      store.failed(delivery.key(), "the team no longer exists", null, now);
      return Outcome.GAVE_UP;
    }
    Delivery result;
    try {
      result = notifierFor(delivery.to()).deliver(delivery.to(), List.of(message(team.get(), delivery.nudge(), now)));
    } catch (RuntimeException e) {
      result = new Delivery.Failed(e.getClass().getSimpleName(), Duration.ZERO);
    }
    return record(delivery, result, now);
  }

  private Outcome record(NudgeDelivery delivery, Delivery result, Instant now) {
    if (result instanceof Delivery.Sent) {
      store.sent(delivery.key(), now);
      return Outcome.SENT;
    }
    int attempts = store.record(delivery.key()).map(DeliveryRecord::attempts).orElse(1);
    if (result instanceof Delivery.Failed failed && attempts < MOST_ATTEMPTS) {
      Duration wait = backoff(attempts);
      if (failed.retryAfter() != null && failed.retryAfter().compareTo(wait) > 0) {
        wait = failed.retryAfter();
      }
      store.failed(delivery.key(), failed.reason(), now.plus(wait), now);
      return Outcome.WILL_RETRY;
    }
    String reason = result instanceof Delivery.Failed failed ? failed.reason() + " (gave up after " + attempts + " tries)" : ((Delivery.Unreachable) result).reason();
    store.failed(delivery.key(), reason, null, now);
    LOG.log(Level.WARNING, "Nudge " + delivery.nudge().kind() + " for team " + delivery.nudge().teamId() + " not delivered: " + reason);
    return Outcome.GAVE_UP;
  }

  /** 1, 4, 16, 64 minutes: platforms recover, and the lead still hears the same day. */
  static Duration backoff(int attempts) {
    return Duration.ofMinutes((long) Math.pow(4, Math.max(0, attempts - 1)));
  }

  private Reply message(Team team, Nudge nudge, Instant now) {
    NudgeSettings settings = settingsOf(team.id());
    Assessment assessment = new Assessment(teams.ratings(team.id()));
    return switch (nudge.kind()) {
      case CHECKIN -> messages.checkInDue(team, settings, assessment, now);
      case DIGEST -> messages.digest(team, settings, assessment, paused.pausedCheckIns(team.id()),
          NudgePlanner.digestPeriodStart(nudge.dueAt(), settings), nudge.dueAt());
    };
  }

  private Notifier notifierFor(Address to) {
    return notifiers.getOrDefault(to.platform(), fallback);
  }

  private List<Address> recipients(Team team, NudgeSettings settings) {
    String platform = team.workspace().platform();
    String tenant = team.workspace().tenant();
    if (settings.toChannel() && !team.channels().isEmpty()) {
      return List.of(Address.channel(platform, tenant, team.channels().get(0)));
    }
    return team.leads().stream().map(Person::id).map(id -> Address.directMessage(platform, tenant, id)).toList();
  }

  private NudgeSettings settingsOf(String teamId) {
    return store.settings(teamId).orElse(NudgeSettings.DEFAULTS);
  }
}

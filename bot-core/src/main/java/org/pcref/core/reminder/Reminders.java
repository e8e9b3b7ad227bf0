package org.pcref.core.reminder;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.pcref.core.checkin.PausedCheckIns;
import org.pcref.core.message.Address;
import org.pcref.core.message.Backoff;
import org.pcref.core.message.Delivery;
import org.pcref.core.message.Notifier;
import org.pcref.core.message.Reply;
import org.pcref.core.reminder.NudgeStore.Planned;
import org.pcref.core.reminder.NudgeStore.TeamToPlan;
import org.pcref.core.team.Assessment;
import org.pcref.core.team.Person;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamStore;
import org.pcref.framework.Framework;

/**
 * Nudges, end to end: plans the teams whose next nudge has come due and hands each delivery due to
 * a scheduler; delivers one nudge to one recipient exactly once (claimed in the store first, so a
 * retry, a restart or another instance cannot send it twice); and says, when a try fails, how long
 * until the next. Keeping the deliveries, running them when due and running again those of a dead
 * instance is the scheduler's: db-scheduler in the server, or {@link #sweep()} without one.
 */
public final class Reminders {

  /**
   * Again after 1, 4, 16 and 64 minutes: platforms recover, and the lead still hears the same day.
   */
  public static final Backoff RETRIES = new Backoff(5, Duration.ofMinutes(1), 4);

  private static final Logger LOG = System.getLogger(Reminders.class.getName());

  /** What became of one delivery attempt. */
  public enum Outcome {
    SENT,
    WILL_RETRY,
    GAVE_UP,
    NOT_MINE
  }

  /** What became of one try, and for one that failed for now, how long until the next. */
  public record Attempt(Outcome outcome, Duration retryIn) {}

  /** A failed delivery {@link #sweep()} tries again once {@code at} has come. */
  private record Retry(NudgeDelivery delivery, Instant at) {}

  private final TeamStore teams;
  private final PausedCheckIns paused;
  private final NudgeStore store;
  private final Map<String, Notifier> notifiers = new HashMap<>();
  private final Notifier fallback;
  private final Clock clock;
  private final NudgePlanner planner;
  private final NudgeMessages messages;
  private final Map<String, Retry> retries = new LinkedHashMap<>();

  /**
   * @param notifiers one per platform
   * @param fallback for teams on a platform with no notifier configured (the terminal, or a
   *     platform whose credentials are not set): records the nudge in the log
   */
  public Reminders(
      Framework framework,
      TeamStore teams,
      PausedCheckIns paused,
      NudgeStore store,
      List<Notifier> notifiers,
      Notifier fallback,
      Clock clock) {
    this.teams = teams;
    this.paused = paused;
    this.store = store;
    notifiers.forEach(n -> this.notifiers.put(n.platform(), n));
    this.fallback = fallback;
    this.clock = clock;
    this.planner = new NudgePlanner(framework);
    this.messages = new NudgeMessages(framework);
  }

  /**
   * Plans the teams whose next nudge has come due: hands each delivery due now and not done to
   * {@code schedule}, then records when to plan each team next. Not done is never tried, or failed
   * for now: the scheduler keeps one run of a delivery, so one handed over again (its retry is
   * already scheduled) changes nothing, and one whose run was lost (such as a retry the version
   * before kept elsewhere) is run again. The teams are recorded as planned only after their
   * deliveries were handed over, so a failure in between leaves them due. Teams with nothing due
   * cost nothing.
   *
   * @return how many deliveries were handed over
   */
  public int planDue(Consumer<NudgeDelivery> schedule) {
    Instant now = clock.instant();
    List<NudgeDelivery> due = new ArrayList<>();
    List<Planned> plans = new ArrayList<>();
    for (TeamToPlan team : store.teamsToPlan(now)) {
      plans.add(plan(team, now, due));
    }
    due.forEach(schedule);
    store.planned(plans);
    return due.size();
  }

  /** Adds the team's deliveries due now and not done to {@code due}; says when to plan it next. */
  private Planned plan(TeamToPlan toPlan, Instant now, List<NudgeDelivery> due) {
    Optional<Team> team = teams.find(toPlan.teamId());
    if (team.isEmpty()) {
      return new Planned(toPlan, null);
    }
    NudgeSettings settings = settingsOf(toPlan.teamId());
    Assessment assessment = new Assessment(teams.ratings(toPlan.teamId()));
    for (Nudge nudge : planner.due(team.get(), settings, assessment, now)) {
      for (Address to : recipients(team.get(), settings)) {
        NudgeDelivery delivery = new NudgeDelivery(nudge, to);
        Optional<DeliveryRecord> record = store.record(delivery.key());
        if (record.isEmpty() || record.get().status() == DeliveryRecord.Status.RETRY) {
          due.add(delivery);
        }
      }
    }
    return new Planned(
        toPlan, planner.nextPlanning(team.get(), settings, assessment, now).orElse(null));
  }

  /** Plans every team afresh at the next sweep. */
  public void planAllAgain() {
    store.planAllAgain();
  }

  /**
   * Plans every team afresh at the next sweep if the plans were made on another basis: another
   * framework, or other rules of planning (a new version). At a start, then, and only when needed:
   * planning every team costs a sweep as long as the teams are many.
   */
  public void planAllAgainIfTheBasisChanged() {
    String basis = planner.basis();
    if (!store.planningBasis().equals(Optional.of(basis))) {
      store.planAllAgain();
      store.planningBasis(basis);
    }
  }

  /**
   * Delivers one nudge to one recipient, unless it is sent, given up or being sent.
   *
   * @param takeOver true when the scheduler runs it again because the run before died: a claim that
   *     run left is then taken over
   */
  public Attempt deliver(NudgeDelivery delivery, boolean takeOver) {
    Instant now = clock.instant();
    if (!store.claim(delivery, now, takeOver)) {
      return new Attempt(Outcome.NOT_MINE, null);
    }
    Optional<Team> team = teams.find(delivery.nudge().teamId());
    if (team.isEmpty()) {
      store.failed(delivery.key(), "the team no longer exists", null, now);
      return new Attempt(Outcome.GAVE_UP, null);
    }
    Delivery result;
    try {
      result =
          notifierFor(delivery.to())
              .deliver(delivery.to(), List.of(message(team.get(), delivery.nudge(), now)));
    } catch (RuntimeException e) {
      result = new Delivery.Failed(e.getClass().getSimpleName(), Duration.ZERO);
    }
    return record(delivery, result, now);
  }

  /**
   * Runs nudges here and now, without a scheduler: delivers what has come due, and tries again the
   * failed deliveries whose wait is over, which it keeps in memory. For tests and for trying the
   * bot; the server hands {@link #planDue} and {@link #deliver} to db-scheduler instead, which
   * keeps the retries in the database and finishes the deliveries of an instance that died.
   */
  public synchronized Map<Outcome, Integer> sweep() {
    Instant now = clock.instant();
    Map<String, NudgeDelivery> due = new LinkedHashMap<>();
    for (Iterator<Retry> waiting = retries.values().iterator(); waiting.hasNext(); ) {
      Retry retry = waiting.next();
      if (!retry.at().isAfter(now)) {
        due.put(retry.delivery().key(), retry.delivery());
        waiting.remove();
      }
    }
    planDue(
        delivery -> {
          if (!retries.containsKey(delivery.key())) {
            due.putIfAbsent(delivery.key(), delivery);
          }
        });
    Map<Outcome, Integer> counts = new HashMap<>();
    for (NudgeDelivery delivery : due.values()) {
      Attempt attempt = deliver(delivery, false);
      counts.merge(attempt.outcome(), 1, Integer::sum);
      if (attempt.outcome() == Outcome.WILL_RETRY) {
        retries.put(delivery.key(), new Retry(delivery, clock.instant().plus(attempt.retryIn())));
      }
    }
    return counts;
  }

  private Attempt record(NudgeDelivery delivery, Delivery result, Instant now) {
    if (result instanceof Delivery.Sent) {
      store.sent(delivery.key(), now);
      return new Attempt(Outcome.SENT, null);
    }
    String reason;
    if (result instanceof Delivery.Failed failed) {
      int attempts = store.record(delivery.key()).map(DeliveryRecord::attempts).orElse(1);
      Optional<Duration> wait = RETRIES.after(attempts, failed.retryAfter());
      if (wait.isPresent()) {
        store.failed(delivery.key(), failed.reason(), now.plus(wait.get()), now);
        return new Attempt(Outcome.WILL_RETRY, wait.get());
      }
      reason = failed.reason() + " (gave up after " + attempts + " tries)";
    } else {
      reason = ((Delivery.Unreachable) result).reason();
    }
    store.failed(delivery.key(), reason, null, now);
    LOG.log(
        Level.WARNING,
        "Nudge "
            + delivery.nudge().kind()
            + " for team "
            + delivery.nudge().teamId()
            + " not delivered: "
            + reason);
    return new Attempt(Outcome.GAVE_UP, null);
  }

  private Reply message(Team team, Nudge nudge, Instant now) {
    NudgeSettings settings = settingsOf(team.id());
    Assessment assessment = new Assessment(teams.ratings(team.id()));
    return switch (nudge.kind()) {
      case ROUND_REMINDER ->
          throw new IllegalStateException("a round's reminder is sent by the rounds' sweep");
      case CHECKIN -> messages.checkInDue(team, settings, assessment, now);
      case DIGEST ->
          messages.digest(
              team,
              settings,
              assessment,
              paused.pausedCheckIns(team.id()),
              NudgePlanner.digestPeriodStart(nudge.dueAt(), settings),
              nudge.dueAt());
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
    return team.leads().stream()
        .map(Person::id)
        .map(id -> Address.directMessage(platform, tenant, id))
        .toList();
  }

  private NudgeSettings settingsOf(String teamId) {
    return store.settings(teamId).orElse(NudgeSettings.DEFAULTS);
  }
}

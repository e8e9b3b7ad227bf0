package org.pcref.core.round;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pcref.core.message.Address;
import org.pcref.core.message.Delivery;
import org.pcref.core.message.Notifier;
import org.pcref.core.message.Reply;
import org.pcref.core.reminder.DeliveryRecord;
import org.pcref.core.reminder.Nudge;
import org.pcref.core.reminder.NudgeDelivery;
import org.pcref.core.reminder.NudgeStore;
import org.pcref.core.reminder.Reminders;
import org.pcref.core.team.Person;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamStore;
import org.pcref.framework.Framework;

/**
 * What happens to open rounds with nobody talking: halfway through, one reminder to each member who
 * has not answered, and when time is up, the round closed and its result posted in the team's
 * channel. Run by the nudge engine's sweep; every reminder is claimed in the nudge store first (its
 * key names the round's team, its halfway time and the member), so a second sweep or a second
 * instance never sends it again, and a round is closed by one caller only.
 */
public final class RoundSweep {

  private static final Logger LOG = System.getLogger(RoundSweep.class.getName());

  /** What one sweep did. */
  public record Swept(int reminded, int closed) {}

  private final TeamStore teams;
  private final RoundStore store;
  private final NudgeStore nudges;
  private final Map<String, Notifier> notifiers = new HashMap<>();
  private final Notifier fallback;
  private final Clock clock;
  private final RoundCards cards;
  private final Results results;

  public RoundSweep(
      Framework framework,
      TeamStore teams,
      RoundStore store,
      NudgeStore nudges,
      List<Notifier> notifiers,
      Notifier fallback,
      RoundSettings settings,
      Clock clock) {
    this.teams = teams;
    this.store = store;
    this.nudges = nudges;
    notifiers.forEach(n -> this.notifiers.put(n.platform(), n));
    this.fallback = fallback;
    this.clock = clock;
    this.cards = new RoundCards(framework, settings);
    this.results = new Results(framework, store, cards);
  }

  public Swept sweep() {
    Instant now = clock.instant();
    int reminded = 0;
    int closed = 0;
    for (Round round : store.closedUnposted()) {
      // Closed by a turn outside its channel (a member's last answer in a direct message): the
      // result still goes to the team.
      teams.find(round.teamId()).ifPresent(team -> post(round, team, now));
    }
    for (Round round : store.openRounds()) {
      Optional<Team> team = teams.find(round.teamId());
      if (team.isEmpty()) {
        continue;
      }
      if (round.isDue(now)) {
        if (close(round, team.get())) {
          closed++;
        }
      } else if (round.remindedAt() == null && !now.isBefore(round.halfway())) {
        reminded += remind(round, team.get(), now);
      }
    }
    return new Swept(reminded, closed);
  }

  private boolean close(Round round, Team team) {
    Optional<Round> closed = store.close(round.id(), round.closesAt(), Round.Closing.TIME_UP);
    if (closed.isEmpty()) {
      return false; // a turn or another instance closed it, and posted its result
    }
    post(closed.get(), team, clock.instant());
    return true;
  }

  /** Posts a closed round's result in its channel, unless someone has (one try). */
  private void post(Round closed, Team team, Instant now) {
    if (!store.markResultPosted(closed.id(), now)) {
      return;
    }
    Delivery result = send(channelOf(closed, team), List.of(results.result(closed, team)));
    if (!(result instanceof Delivery.Sent)) {
      LOG.log(Level.WARNING, "A round's result for team " + team.id() + " was not posted");
    }
  }

  /** Reminds each member who has not answered, once; marks the round reminded when none is left. */
  private int remind(Round round, Team team, Instant now) {
    List<String> answered = results.answeredBy(round, team);
    int sent = 0;
    boolean pending = false;
    for (Person person : team.members()) {
      if (answered.contains(person.id())) {
        continue;
      }
      Address to =
          Address.directMessage(
              team.workspace().platform(), team.workspace().tenant(), person.id());
      NudgeDelivery delivery =
          new NudgeDelivery(new Nudge(team.id(), Nudge.Kind.ROUND_REMINDER, round.halfway()), to);
      if (!nudges.claim(delivery, now, false)) {
        continue;
      }
      Delivery result = send(to, List.of(reminder(round, team)));
      if (result instanceof Delivery.Sent) {
        nudges.sent(delivery.key(), now);
        sent++;
      } else if (result instanceof Delivery.Failed failed) {
        int attempts = nudges.record(delivery.key()).map(DeliveryRecord::attempts).orElse(1);
        Optional<Duration> wait = Reminders.RETRIES.after(attempts, failed.retryAfter());
        nudges.failed(delivery.key(), failed.reason(), wait.map(now::plus).orElse(null), now);
        pending |= wait.isPresent();
      } else {
        nudges.failed(delivery.key(), ((Delivery.Unreachable) result).reason(), null, now);
      }
    }
    if (!pending) {
      store.markReminded(round.id(), now);
    }
    return sent;
  }

  private Reply reminder(Round round, Team team) {
    return new Reply.Choices(
        "A reminder: "
            + round.openedByName()
            + " asked everyone in "
            + team.name()
            + " for their view on "
            + String.join(", ", cards.names(round.competencyIds()))
            + ". It takes a couple of minutes and your answer is private; the round is open until "
            + cards.time(round.closesAt())
            + ".",
        List.of(new org.pcref.core.message.Choice("Take part", RoundCards.JOIN, round.id())));
  }

  /** The channel the round was announced in; the team's first; or, with none, its opener. */
  private static Address channelOf(Round round, Team team) {
    String platform = team.workspace().platform();
    String tenant = team.workspace().tenant();
    String channel = Rounds.channelOf(round, team);
    return channel.isEmpty()
        ? Address.directMessage(platform, tenant, round.openedById())
        : Address.channel(platform, tenant, channel);
  }

  private Delivery send(Address to, List<Reply> replies) {
    try {
      return notifiers.getOrDefault(to.platform(), fallback).deliver(to, replies);
    } catch (RuntimeException e) {
      return new Delivery.Failed(e.getClass().getSimpleName(), Duration.ZERO);
    }
  }
}

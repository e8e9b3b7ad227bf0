package org.pcref.core.round;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pcref.core.audit.AuditTrail;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.checkin.PrivateCheckIn;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.Reply;
import org.pcref.core.qa.FrameworkQuestions;
import org.pcref.core.team.Person;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamStore;
import org.pcref.framework.Framework;

/**
 * Team rounds: a lead opens one, members answer privately, it closes (time up, everyone answered,
 * or a lead closes it), and a lead confirms the team's level. A round's time being up is noticed by
 * whichever turn or sweep reads it first, and only that one posts its summary.
 */
public final class Rounds {

  /** The replies, and the round state to keep in the conversation (null: none). */
  public record Outcome(List<Reply> replies, RoundState state) {
    public Outcome {
      replies = List.copyOf(replies);
    }
  }

  /** The action ids of the round's buttons; each value names the round. */
  public static final String JOIN = RoundCards.JOIN;

  public static final String CLOSE = RoundCards.CLOSE;
  public static final String CONFIRM = RoundCards.CONFIRM;
  public static final String LEVEL = RoundCards.LEVEL;
  public static final String NO_NOTE = RoundCards.NO_NOTE;

  private final Framework framework;
  private final TeamStore teams;
  private final RoundStore store;
  private final PrivateCheckIn asking;
  private final RoundSettings settings;
  private final Clock clock;
  private final RoundCards cards;
  private final Confirming confirming;
  private final Results results;
  private final RoundNotes notes;
  private final Opening opening;

  /** Rounds whose confirmations go in {@code audit}. */
  public Rounds(
      Framework framework,
      FrameworkQuestions questions,
      TeamStore teams,
      RoundStore store,
      PrivateCheckIn asking,
      RoundSettings settings,
      CheckInSettings checkIns,
      Clock clock,
      AuditTrail audit) {
    this.framework = framework;
    this.teams = teams;
    this.store = store;
    this.asking = asking;
    this.settings = settings;
    this.clock = clock;
    this.cards = new RoundCards(framework, settings);
    this.results = new Results(framework, store, cards);
    this.notes = new RoundNotes(store, results, cards);
    this.opening =
        new Opening(this, framework, questions, teams, store, settings, checkIns, clock, cards);
    this.confirming = new Confirming(this, teams, store, cards, clock, audit);
  }

  /** {@code checkin team [competency|all] [for N days] [with names]}, by a lead of {@code team}. */
  public Outcome start(Inbound in, Team team, String argument) {
    return opening.start(in, team, argument);
  }

  /** {@code round}: the open round, or the last one's result. */
  public List<Reply> status(Inbound in, Team team) {
    List<Reply> replies = new ArrayList<>();
    Optional<Round> open = openRound(in, team, replies);
    if (open.isPresent()) {
      replies.add(status(open.get(), team, in));
      return replies;
    }
    if (!replies.isEmpty()) {
      return replies; // it just closed: its result is the answer
    }
    List<Round> all = store.rounds(team.id());
    if (all.isEmpty()) {
      return List.of(
          new Reply.Text(
              "No team round yet. A lead starts one with checkin team (the competencies due),"
                  + " checkin team <competency> or checkin team all."));
    }
    return List.of(result(all.get(0), team));
  }

  /** {@code export rounds [csv|json]}: the team's rounds and their spreads, counts only. */
  public List<Reply> export(Team team, String format) {
    String f = format.strip().toLowerCase(java.util.Locale.ROOT);
    if (!f.isEmpty() && !f.equals("csv") && !f.equals("json")) {
      return List.of(
          new Reply.Text("I can export rounds as csv or json: type export rounds csv or json."));
    }
    return List.of(new RoundExport(store, results, settings, cards).export(team, f));
  }

  /**
   * What {@code team} adds about rounds: the open one and how many have answered, or the last one's
   * levels; nothing before the first round.
   */
  public List<Reply> teamNote(Team team) {
    List<Reply> replies = new ArrayList<>();
    Optional<Round> open = openRound(null, team, replies);
    if (!replies.isEmpty()) {
      return replies; // it just closed: its result is the note
    }
    return notes.teamNote(team, open.orElse(null));
  }

  /** {@code round close}, or the Close now button: by a lead, of the team's open round. */
  public List<Reply> close(Inbound in, Team team) {
    if (!team.isLead(in.key().user())) {
      return List.of(onlyLeads(team, "close a team round"));
    }
    List<Reply> replies = new ArrayList<>();
    Optional<Round> open = openRound(in, team, replies);
    if (open.isEmpty()) {
      return replies.isEmpty()
          ? List.of(new Reply.Text("There’s no round open for " + team.name() + "."))
          : replies;
    }
    Optional<Round> closed =
        store.close(open.get().id(), clock.instant(), Round.Closing.LEAD_CLOSED);
    if (closed.isEmpty()) {
      return List.of(new Reply.Text("That round has just closed."));
    }
    return List.of(closedResult(in, closed.get(), team));
  }

  /** The Close now button, which names its round. */
  public List<Reply> closeButton(Inbound in, String roundId) {
    Optional<Round> round = store.find(roundId);
    Optional<Team> team = round.flatMap(r -> teams.find(r.teamId()));
    if (team.isEmpty()) {
      return List.of(new Reply.Text("That round no longer exists."));
    }
    if (!round.get().isOpen()) {
      return List.of(
          new Reply.Text("That round has closed already."), result(round.get(), team.get()));
    }
    return close(in, team.get());
  }

  /** {@code round confirm} or its button: the lead confirms the last round's levels. */
  public Outcome confirm(Inbound in, Team team) {
    return confirming.begin(in, team, store.rounds(team.id()).stream().findFirst().orElse(null));
  }

  public Outcome confirmButton(Inbound in, String value) {
    return confirming.pressed(in, value);
  }

  /** A lead's level, chosen on a confirmation button. */
  public Outcome confirmLevel(Inbound in, String value) {
    return confirming.level(in, value);
  }

  /** The "No note" button of a confirmation. */
  public Outcome noNote(Inbound in, RoundState state, String value) {
    return confirming.noNote(in, state, value);
  }

  /** {@code round} words and buttons that belong to the answering: Take part, carry on. */
  public Outcome join(Inbound in, String roundId, RoundState current) {
    return answering().join(in, roundId, current);
  }

  /** {@code round take part}: the team's open round. */
  public Outcome joinOpen(Inbound in, Team team, RoundState current) {
    List<Reply> replies = new ArrayList<>();
    Optional<Round> open = openRound(in, team, replies);
    if (open.isEmpty()) {
      replies.add(new Reply.Text("There’s no round open for " + team.name() + "."));
      return new Outcome(replies, current);
    }
    return join(in, open.get().id(), current);
  }

  /** Typed text or a check-in button, in a conversation whose round takes it. */
  public Outcome handle(Inbound in, RoundState state, String text, String button) {
    if (state.confirming() != null) {
      return confirming.note(in, state, text);
    }
    return answering().answer(in, state, text, button);
  }

  /** The question the conversation's round is waiting on, asked again after an interruption. */
  public List<Reply> current(Inbound in, RoundState state) {
    return answering().current(in, state);
  }

  private Answering answering() {
    return new Answering(this, teams, store, asking, cards, clock);
  }

  /**
   * The team's open round, closed first if its time is up: then its result is added to {@code
   * replies} (by the one caller that closed it) and empty returned.
   */
  Optional<Round> openRound(Inbound in, Team team, List<Reply> replies) {
    Optional<Round> open = store.openRound(team.id());
    if (open.isEmpty() || !open.get().isDue(clock.instant())) {
      return open;
    }
    store
        .close(open.get().id(), open.get().closesAt(), Round.Closing.TIME_UP)
        .ifPresent(closed -> replies.add(closedResult(in, closed, team)));
    return Optional.empty();
  }

  /** The round, closed first if its time is up; the summary goes to {@code replies} if so. */
  Round settled(Inbound in, Round round, Team team, List<Reply> replies) {
    if (!round.isOpen() || !round.isDue(clock.instant())) {
      return round;
    }
    Optional<Round> closed = store.close(round.id(), round.closesAt(), Round.Closing.TIME_UP);
    closed.ifPresent(c -> replies.add(closedResult(in, c, team)));
    return closed.orElseGet(() -> store.find(round.id()).orElse(round));
  }

  /**
   * The result of a round this turn closed. In the round's channel it is for everyone there (and
   * recorded as posted); anywhere else (a direct message, or with no turn) it is for the person
   * alone, and the sweep posts it in the channel.
   */
  Reply closedResult(Inbound in, Round closed, Team team) {
    boolean inChannel =
        in != null
            && !in.direct()
            && in.key().channel().equals(channelOf(closed, team))
            && store.markResultPosted(closed.id(), clock.instant());
    Reply result = result(closed, team);
    return inChannel ? new Reply.ForChannel(result) : result;
  }

  /** The channel a round's result belongs in: where it was announced, or the team's first. */
  static String channelOf(Round round, Team team) {
    if (!round.channel().isEmpty()) {
      return round.channel();
    }
    return team.channels().isEmpty() ? "" : team.channels().get(0);
  }

  /** The round as {@code in}'s sender may act on it: only a lead is offered to close it. */
  Reply status(Round round, Team team, Inbound in) {
    return cards.status(
        round,
        team,
        answeredBy(round, team).size(),
        team.members().size(),
        team.isLead(in.key().user()));
  }

  Reply result(Round round, Team team) {
    return results.result(round, team);
  }

  Spread spread(Round round, String competencyId) {
    return results.spread(round, competencyId);
  }

  List<String> answeredBy(Round round, Team team) {
    return results.answeredBy(round, team);
  }

  boolean everyoneAnswered(Round round, Team team) {
    return results.everyoneAnswered(round, team);
  }

  static Reply onlyLeads(Team team, String toDo) {
    return new Reply.Text(
        "Only a lead of "
            + team.name()
            + " can "
            + toDo
            + ". Leads: "
            + String.join(", ", team.leads().stream().map(Person::name).toList())
            + ".");
  }
}

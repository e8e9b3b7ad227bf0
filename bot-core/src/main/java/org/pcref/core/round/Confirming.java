package org.pcref.core.round;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pcref.core.audit.AuditEntry;
import org.pcref.core.audit.AuditTrail;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.Reply;
import org.pcref.core.team.Rating;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamLevel;
import org.pcref.core.team.TeamStore;

/**
 * A lead confirms the team's level for each competency of a closed round, with a note. Each
 * confirmation is recorded in the team's history as a rating whose evidence is the round.
 */
final class Confirming {

  private final Rounds rounds;
  private final TeamStore teams;
  private final RoundStore store;
  private final RoundCards cards;
  private final Clock clock;

  private final AuditTrail audit;

  Confirming(
      Rounds rounds,
      TeamStore teams,
      RoundStore store,
      RoundCards cards,
      Clock clock,
      AuditTrail audit) {
    this.audit = audit;
    this.rounds = rounds;
    this.teams = teams;
    this.store = store;
    this.cards = cards;
    this.clock = clock;
  }

  Rounds.Outcome begin(Inbound in, Team team, Round latest) {
    if (!team.isLead(in.key().user())) {
      return new Rounds.Outcome(List.of(Rounds.onlyLeads(team, "confirm the team’s level")), null);
    }
    if (latest == null) {
      return new Rounds.Outcome(List.of(new Reply.Text("There’s no round to confirm yet.")), null);
    }
    List<Reply> replies = new ArrayList<>();
    Round round = rounds.settled(in, latest, team, replies);
    if (round.isOpen()) {
      replies.add(
          new Reply.Text(
              "The round is still open until "
                  + cards.time(round.closesAt())
                  + ". Close it first (round close), so that everyone’s answer counts."));
      return new Rounds.Outcome(replies, null);
    }
    replies.add(next(round, team));
    return new Rounds.Outcome(replies, null);
  }

  Rounds.Outcome pressed(Inbound in, String roundId) {
    Optional<Round> round = store.find(roundId);
    Optional<Team> team = round.flatMap(r -> teams.find(r.teamId()));
    if (team.isEmpty()) {
      return new Rounds.Outcome(List.of(new Reply.Text("That round no longer exists.")), null);
    }
    return begin(in, team.get(), round.get());
  }

  /** A level button: {@code <round>/<competency>/<LEVEL>}. */
  Rounds.Outcome level(Inbound in, String value) {
    String[] parts = value.split("/");
    Optional<Round> round = parts.length == 3 ? store.find(parts[0]) : Optional.empty();
    Optional<Team> team = round.flatMap(r -> teams.find(r.teamId()));
    if (team.isEmpty() || !round.get().competencyIds().contains(parts[1])) {
      return new Rounds.Outcome(List.of(new Reply.Text("That button is no longer active.")), null);
    }
    if (!team.get().isLead(in.key().user())) {
      return new Rounds.Outcome(
          List.of(Rounds.onlyLeads(team.get(), "confirm the team’s level")), null);
    }
    TeamLevel level;
    try {
      level = TeamLevel.valueOf(parts[2]);
    } catch (IllegalArgumentException unknown) {
      return new Rounds.Outcome(List.of(new Reply.Text("That button is no longer active.")), null);
    }
    return new Rounds.Outcome(
        List.of(cards.askNote(round.get(), parts[1], level)),
        RoundState.confirming(round.get().id(), parts[1], level));
  }

  Rounds.Outcome noNote(Inbound in, RoundState state, String value) {
    if (state == null
        || state.confirming() == null
        || !value.equals(state.roundId() + "/" + state.confirming())) {
      return new Rounds.Outcome(
          List.of(new Reply.Text("That level was confirmed already.")), state);
    }
    return record(in, state, "");
  }

  Rounds.Outcome note(Inbound in, RoundState state, String text) {
    String note = text.strip();
    String normal = note.toLowerCase(java.util.Locale.ROOT);
    if (normal.equals("skip") || normal.equals("no note") || normal.equals("no")) {
      note = "";
    }
    if (note.length() > 1_000) {
      return new Rounds.Outcome(
          List.of(new Reply.Text("Please keep the note under 1000 characters.")), state);
    }
    return record(in, state, note);
  }

  private Rounds.Outcome record(Inbound in, RoundState state, String note) {
    Optional<Round> round = store.find(state.roundId());
    Optional<Team> team = round.flatMap(r -> teams.find(r.teamId()));
    if (team.isEmpty() || !team.get().isLead(in.key().user())) {
      return new Rounds.Outcome(
          List.of(new Reply.Text("That round can’t be confirmed now.")), null);
    }
    Spread spread = rounds.spread(round.get(), state.confirming());
    String evidence = "Confirmed by " + in.userName() + " after a team round: " + spread.inWords();
    teams.record(
        new Rating(
            "round:" + round.get().id() + "/" + state.confirming() + "/" + state.level().name(),
            team.get().id(),
            state.confirming(),
            state.level(),
            note.isEmpty() ? evidence + "." : evidence + ". " + note,
            in.key().user(),
            in.userName(),
            clock.instant(),
            Rating.ROUND + round.get().id()));
    store.confirm(
        new Confirmation(
            round.get().id(),
            state.confirming(),
            state.level(),
            note,
            in.key().user(),
            in.userName(),
            clock.instant()));
    // Named after what it confirmed, so the same confirmation given again is one entry.
    audit.record(
        AuditEntry.by(
                in,
                clock.instant(),
                "round confirmation",
                team.get().id(),
                cards.name(state.confirming()) + " confirmed " + state.level().label())
            .withId("round:" + round.get().id() + "/" + state.confirming()));
    List<Reply> replies = new ArrayList<>();
    replies.add(
        new Reply.Text(
            cards.name(state.confirming())
                + " is now "
                + state.level().label()
                + " for "
                + team.get().name()
                + ", with the round as its evidence."));
    replies.add(next(round.get(), team.get()));
    return new Rounds.Outcome(replies, null);
  }

  /** The next competency to confirm, or, once all are, the confirmed levels for the channel. */
  private Reply next(Round round, Team team) {
    List<Confirmation> done = store.confirmations(round.id());
    for (String competencyId : round.competencyIds()) {
      if (done.stream().noneMatch(c -> c.competencyId().equals(competencyId))) {
        return cards.confirmQuestion(round, rounds.spread(round, competencyId));
      }
    }
    List<Confirmation> inOrder =
        round.competencyIds().stream()
            .map(id -> done.stream().filter(c -> c.competencyId().equals(id)).findFirst())
            .flatMap(Optional::stream)
            .toList();
    return cards.confirmedAll(round, team, inOrder);
  }
}

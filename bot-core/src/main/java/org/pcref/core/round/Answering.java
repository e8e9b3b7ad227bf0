package org.pcref.core.round;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pcref.core.checkin.CheckIn;
import org.pcref.core.checkin.PrivateCheckIn;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.Reply;
import org.pcref.core.team.Person;
import org.pcref.core.team.Role;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamStore;

/**
 * One member's private answers to a round: the check-in's questions, asked of them alone, each
 * answer kept as theirs (the last one counts), and the round closed when everyone has answered.
 */
final class Answering {

  private final Rounds rounds;
  private final TeamStore teams;
  private final RoundStore store;
  private final PrivateCheckIn asking;
  private final RoundCards cards;
  private final Clock clock;

  Answering(
      Rounds rounds,
      TeamStore teams,
      RoundStore store,
      PrivateCheckIn asking,
      RoundCards cards,
      Clock clock) {
    this.rounds = rounds;
    this.teams = teams;
    this.store = store;
    this.asking = asking;
    this.cards = cards;
    this.clock = clock;
  }

  Rounds.Outcome join(Inbound in, String roundId, RoundState current) {
    Optional<Round> found = store.find(roundId);
    Optional<Team> team = found.flatMap(r -> teams.find(r.teamId()));
    if (team.isEmpty()) {
      return new Rounds.Outcome(List.of(new Reply.Text("That round no longer exists.")), current);
    }
    List<Reply> replies = new ArrayList<>();
    Round round = rounds.settled(in, found.get(), team.get(), replies);
    if (!round.isOpen()) {
      replies.add(0, new Reply.Text("That round closed on " + cards.date(round.closedAt()) + "."));
      return new Rounds.Outcome(replies, current);
    }
    Optional<Team> member = member(in, team.get());
    if (member.isEmpty()) {
      return new Rounds.Outcome(List.of(notInTeam(team.get())), current);
    }
    if (current != null
        && current.answering() != null
        && current.roundId().equals(round.id())
        && !current.answering().paused()) {
      replies.add(new Reply.Text("You’re answering this round. Here is where you are:"));
      replies.addAll(asking.current(in, member.get(), current.answering()));
      return new Rounds.Outcome(replies, current);
    }
    if (current != null && current.answering() != null && current.roundId().equals(round.id())) {
      CheckIn resumed = asking.resumed(current.answering());
      replies.add(new Reply.Text("Carrying on where you left off."));
      replies.addAll(asking.current(in, member.get(), resumed));
      return new Rounds.Outcome(replies, RoundState.answering(round.id(), resumed));
    }
    CheckIn questions =
        asking.start(
            UUID.randomUUID().toString(), member.get(), in.key().user(), round.competencyIds());
    replies.add(new Reply.Text(intro(in, round, member.get())));
    replies.addAll(asking.current(in, member.get(), questions));
    return new Rounds.Outcome(replies, RoundState.answering(round.id(), questions));
  }

  private String intro(Inbound in, Round round, Team team) {
    List<RoundAnswer> mine = store.answers(round.id(), in.key().user());
    String privacy =
        round.namesShown()
            ? " Names are shown in this round: the team will see who said what."
            : " Your answers are private: the team sees only how views spread, without names.";
    if (mine.isEmpty()) {
      int n = round.competencyIds().size();
      return "Team round for "
          + team.name()
          + ": "
          + (n == 1 ? "1 competency." : n + " competencies.")
          + privacy;
    }
    List<String> given =
        mine.stream()
            .map(
                a ->
                    cards.name(a.competencyId())
                        + " "
                        + (a.skipped() ? "skipped" : a.level().label()))
            .toList();
    return "Your answers so far: "
        + String.join(", ", given)
        + ". Answer again to change them: your last answer counts.";
  }

  Rounds.Outcome answer(Inbound in, RoundState state, String text, String button) {
    Optional<Round> found = store.find(state.roundId());
    Optional<Team> team = found.flatMap(r -> teams.find(r.teamId()));
    if (team.isEmpty()) {
      return new Rounds.Outcome(List.of(new Reply.Text("That round no longer exists.")), null);
    }
    List<Reply> replies = new ArrayList<>();
    Round round = rounds.settled(in, found.get(), team.get(), replies);
    if (!round.isOpen()) {
      replies.add(
          0,
          new Reply.Text(
              "That round closed on "
                  + cards.date(round.closedAt())
                  + ", so this answer was not counted."));
      return new Rounds.Outcome(replies, null);
    }
    if (!team.get().includes(in.key().user())) {
      return new Rounds.Outcome(List.of(notInTeam(team.get())), null);
    }
    PrivateCheckIn.Outcome o = asking.handle(in, team.get(), state.answering(), text, button);
    if (o.given() != null) {
      PrivateCheckIn.Given g = o.given();
      store.answer(
          new RoundAnswer(
              round.id(),
              in.key().user(),
              in.userName(),
              g.competencyId(),
              g.level(),
              g.note(),
              g.checked(),
              clock.instant()));
    }
    return switch (o.end()) {
      case NONE -> new Rounds.Outcome(o.replies(), RoundState.answering(round.id(), o.checkIn()));
      case PAUSED ->
          new Rounds.Outcome(
              List.of(
                  new Reply.Text(
                      "Paused. Type round take part when you’re ready to carry on; the round is open until "
                          + cards.time(round.closesAt())
                          + ".")),
              RoundState.answering(round.id(), o.checkIn()));
      case CANCELLED ->
          new Rounds.Outcome(
              List.of(
                  new Reply.Text(
                      "You’ve stopped answering. Answers you already gave still count; press Take part to change them.")),
              null);
      case FINISHED -> finished(in, round, team.get());
    };
  }

  private Rounds.Outcome finished(Inbound in, Round round, Team team) {
    List<Reply> replies = new ArrayList<>();
    replies.add(
        new Reply.Text(
            "Thank you: your answers are in. You can change them until "
                + cards.time(round.closesAt())
                + " (press Take part again)."));
    if (rounds.everyoneAnswered(round, team)) {
      store
          .close(round.id(), clock.instant(), Round.Closing.EVERYONE_ANSWERED)
          .ifPresent(closed -> replies.add(rounds.closedResult(in, closed, team)));
    }
    return new Rounds.Outcome(replies, null);
  }

  List<Reply> current(Inbound in, RoundState state) {
    Optional<Team> team = store.find(state.roundId()).flatMap(r -> teams.find(r.teamId()));
    if (team.isEmpty() || state.answering() == null) {
      return List.of();
    }
    return asking.current(in, team.get(), state.answering());
  }

  /**
   * The team, if this person may answer: anyone in it, and anyone who joined its channel since the
   * round began (they become a member, as in a check-in).
   */
  private Optional<Team> member(Inbound in, Team team) {
    String user = in.key().user();
    if (team.includes(user)) {
      return Optional.of(team);
    }
    if (team.wasRemoved(user) || in.direct() || !team.channels().contains(in.key().channel())) {
      return Optional.empty();
    }
    Team joined = team.with(new Person(user, in.userName(), Role.MEMBER));
    teams.save(joined);
    return Optional.of(joined);
  }

  private static Reply notInTeam(Team team) {
    return new Reply.Text(
        "This round is for "
            + team.name()
            + ", and you’re not in that team, so you can’t answer it. Ask one of its leads ("
            + String.join(", ", team.leads().stream().map(Person::name).toList())
            + ") to add you.");
  }
}

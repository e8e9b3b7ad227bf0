package org.pcref.core.round;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.Reply;
import org.pcref.core.qa.FrameworkQuestions;
import org.pcref.core.team.Assessment;
import org.pcref.core.team.Rating;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamStore;
import org.pcref.framework.Competency;
import org.pcref.framework.Framework;

/**
 * A lead opens a round: on the competencies due (as a check-in would take them), one, or all; for
 * the working days asked; with or without names. One open round per team: a second request, even
 * one racing the first on another instance, is shown the open one.
 */
final class Opening {

  private final Rounds rounds;
  private final Framework framework;
  private final FrameworkQuestions questions;
  private final TeamStore teams;
  private final RoundStore store;
  private final RoundSettings settings;
  private final CheckInSettings checkIns;
  private final Clock clock;
  private final RoundCards cards;

  Opening(
      Rounds rounds,
      Framework framework,
      FrameworkQuestions questions,
      TeamStore teams,
      RoundStore store,
      RoundSettings settings,
      CheckInSettings checkIns,
      Clock clock,
      RoundCards cards) {
    this.rounds = rounds;
    this.framework = framework;
    this.questions = questions;
    this.teams = teams;
    this.store = store;
    this.settings = settings;
    this.checkIns = checkIns;
    this.clock = clock;
    this.cards = cards;
  }

  Rounds.Outcome start(Inbound in, Team team, String argument) {
    if (!team.isLead(in.key().user())) {
      return new Rounds.Outcome(List.of(Rounds.onlyLeads(team, "start a team round")), null);
    }
    List<Reply> replies = new ArrayList<>();
    Optional<Round> open = rounds.openRound(in, team, replies);
    if (open.isPresent()) {
      replies.add(new Reply.Text("There’s already a round open for " + team.name() + "."));
      replies.add(rounds.status(open.get(), team, in));
      return new Rounds.Outcome(replies, null);
    }
    RoundRequest request = RoundRequest.read(argument);
    if (request.days() > RoundSettings.LONGEST) {
      replies.add(
          new Reply.Text(
              "A round can stay open for up to " + RoundSettings.LONGEST + " working days."));
      return new Rounds.Outcome(replies, null);
    }
    List<Competency> planned = plan(team, request);
    if (planned.isEmpty()) {
      replies.add(
          new Reply.Choices(
              "I don’t know a competency called “" + request.competencies() + "”. Which one?",
              framework.competencies().stream()
                  .map(c -> Choice.ask(c.name(), "checkin team " + c.name()))
                  .toList()));
      return new Rounds.Outcome(replies, null);
    }
    Instant now = clock.instant();
    int days = request.days() > 0 ? request.days() : settings.workingDays();
    Round wanted =
        new Round(
            UUID.randomUUID().toString(),
            team.id(),
            planned.stream().map(Competency::id).toList(),
            in.key().user(),
            in.userName(),
            now,
            settings.closingTime(now, days),
            request.namesShown(),
            in.direct() ? "" : in.key().channel(),
            null,
            null,
            null);
    Round opened = store.open(wanted);
    if (!opened.id().equals(wanted.id())) {
      // Another lead opened one a moment ago, perhaps on another instance: show theirs.
      replies.add(new Reply.Text("There’s already a round open for " + team.name() + "."));
      replies.add(rounds.status(opened, team, in));
      return new Rounds.Outcome(replies, null);
    }
    replies.add(cards.announcement(opened, team));
    return new Rounds.Outcome(replies, null);
  }

  private List<Competency> plan(Team team, RoundRequest request) {
    if (request.all()) {
      return framework.competencies();
    }
    if (!request.competencies().isEmpty()) {
      return questions.competencyIn(request.competencies()).map(List::of).orElse(List.of());
    }
    Assessment assessment = new Assessment(teams.ratings(team.id()));
    List<Competency> due =
        assessment.due(framework, clock.instant(), checkIns.reviewAfter()).stream()
            .limit(checkIns.perSitting())
            .toList();
    if (!due.isEmpty()) {
      return due;
    }
    return framework.competencies().stream()
        .sorted(
            Comparator.comparing(
                (Competency c) -> assessment.current(c.id()).map(Rating::at).orElse(Instant.MIN)))
        .limit(checkIns.perSitting())
        .toList();
  }
}

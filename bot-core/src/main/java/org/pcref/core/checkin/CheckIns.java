package org.pcref.core.checkin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.Reply;
import org.pcref.core.qa.FrameworkQuestions;
import org.pcref.core.team.Assessment;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamStore;
import org.pcref.framework.Competency;
import org.pcref.framework.Framework;

/**
 * Starts, continues, pauses and resumes check-ins, and records each level given in the team's
 * history. The caller saves the returned state after every turn.
 */
public final class CheckIns {

  /** The check-in to keep in the conversation (null when none), and what to say. */
  public record Outcome(CheckIn checkIn, List<Reply> replies) {
    public Outcome {
      replies = List.copyOf(replies);
    }
  }

  /**
   * The argument of {@code checkin} that takes the due competencies or, when none is due, those
   * reviewed longest ago: what a nudge's "Start the check-in" button asks for.
   */
  public static final String DUE_OR_OLDEST = "next";

  private final Framework framework;
  private final FrameworkQuestions questions;
  private final TeamStore store;
  private final CheckInSettings settings;
  private final Clock clock;
  private final CheckInFlow flow;
  private final CheckInPrompts prompts;

  public CheckIns(
      Framework framework,
      FrameworkQuestions questions,
      TeamStore store,
      CheckInSettings settings,
      Clock clock) {
    this.framework = framework;
    this.questions = questions;
    this.store = store;
    this.settings = settings;
    this.clock = clock;
    this.prompts = new CheckInPrompts(framework, settings.zone());
    this.flow = new CheckInFlow(framework, questions, prompts);
  }

  /** The same questions, asked of one person on their own for a team round. */
  public PrivateCheckIn privately() {
    return new PrivateCheckIn(flow, prompts, store, clock);
  }

  /** {@code checkin}, {@code checkin all} or {@code checkin <competency>} for a team. */
  public Outcome start(Inbound in, Team team, CheckIn existing, String argument) {
    if (existing != null && !existing.paused()) {
      List<Reply> replies = new ArrayList<>();
      replies.add(new Reply.Text("You’re in the middle of a check-in. Here is where we are:"));
      replies.addAll(prompts.current(existing, turn(in, team, existing)));
      return new Outcome(existing, replies);
    }
    if (existing != null) {
      return new Outcome(existing, List.of(offerToContinue(existing)));
    }
    return begin(in, team, argument);
  }

  private Outcome begin(Inbound in, Team team, String argument) {
    Assessment assessment = assessmentOf(team);
    Instant now = clock.instant();
    List<Competency> planned;
    String what = argument.strip();
    if (what.isEmpty() || what.equals(DUE_OR_OLDEST)) {
      planned =
          assessment.due(framework, now, settings.reviewAfter()).stream()
              .limit(settings.perSitting())
              .toList();
      if (planned.isEmpty() && what.equals(DUE_OR_OLDEST)) {
        planned = reviewedLongestAgo(assessment);
      }
      if (planned.isEmpty()) {
        return new Outcome(
            null,
            List.of(
                new Reply.Choices(
                    "All "
                        + framework.competencies().size()
                        + " competencies were reviewed in the last "
                        + settings.reviewAfter().toDays()
                        + " days. Check in on one anyway?",
                    List.of(
                        Choice.ask(
                            "The " + settings.perSitting() + " reviewed longest ago",
                            "checkin " + DUE_OR_OLDEST),
                        Choice.ask("All " + framework.competencies().size(), "checkin all"),
                        Choice.ask("Team assessment", "team")))));
      }
    } else if (what.equalsIgnoreCase("all")) {
      planned = framework.competencies();
    } else {
      Optional<Competency> named = questions.competencyIn(what);
      if (named.isEmpty()) {
        return new Outcome(
            null,
            List.of(
                new Reply.Choices(
                    "I don’t know a competency called “" + what + "”. Which one?",
                    framework.competencies().stream()
                        .map(c -> Choice.ask(c.name(), "checkin " + c.name()))
                        .toList())));
      }
      planned = List.of(named.get());
    }
    CheckIn checkIn =
        CheckIn.start(
            UUID.randomUUID().toString(),
            team.id(),
            in.key().user(),
            now,
            planned.stream().map(Competency::id).toList());
    List<Reply> replies = new ArrayList<>();
    String count = planned.size() == 1 ? "1 competency" : planned.size() + " competencies";
    replies.add(
        new Reply.Text(
            "Check-in for "
                + team.name()
                + ": "
                + count
                + (planned.size() <= 3 ? ", about two minutes." : ".")));
    replies.addAll(
        prompts.current(checkIn, new Turn(team, assessment, in.key().user(), in.userName(), now)));
    return new Outcome(checkIn, replies);
  }

  private List<Competency> reviewedLongestAgo(Assessment assessment) {
    return framework.competencies().stream()
        .sorted(
            java.util.Comparator.comparing(
                (Competency c) ->
                    assessment
                        .current(c.id())
                        .map(org.pcref.core.team.Rating::at)
                        .orElse(Instant.MIN)))
        .limit(settings.perSitting())
        .toList();
  }

  /** One turn of a check-in in progress: typed text, or a check-in button's value. */
  public Outcome handle(Inbound in, Team team, CheckIn checkIn, String text, String button) {
    Turn turn = turn(in, team, checkIn);
    String about = ButtonValue.aboutAnswer(checkIn, button);
    if (about != null) {
      return resume(in, team, checkIn, about);
    }
    if (checkIn.paused()) {
      return new Outcome(checkIn, List.of(offerToContinue(checkIn)));
    }
    Input input =
        button != null
            ? Input.pressed(button, in.action() == null ? List.of() : in.action().ticked())
            : Input.typed(text);
    Transition t = flow.handle(checkIn, input, turn);
    if (t.recorded() != null) {
      store.record(t.recorded());
    }
    CheckIn next = t.next() == null ? null : t.next().touched(turn.now());
    return new Outcome(next, t.replies());
  }

  private Outcome resume(Inbound in, Team team, CheckIn checkIn, String choice) {
    return switch (choice) {
      case "continue" -> {
        CheckIn resumed = checkIn.paused(false).touched(clock.instant());
        yield new Outcome(resumed, prompts.current(resumed, turn(in, team, resumed)));
      }
      case "restart" -> begin(in, team, "");
      default -> new Outcome(null, List.of(prompts.cancelled(checkIn)));
    };
  }

  /** The question the check-in is waiting on, asked again (after an interruption). */
  public List<Reply> current(Inbound in, Team team, CheckIn checkIn) {
    return checkIn.paused()
        ? List.of(offerToContinue(checkIn))
        : prompts.current(checkIn, turn(in, team, checkIn));
  }

  /** Whether a check-in has been left untouched for longer than the settings allow. */
  public boolean hasExpired(CheckIn checkIn) {
    return checkIn.lastActivityAt().plus(settings.expireAfter()).isBefore(clock.instant());
  }

  public Reply expiryNotice(CheckIn checkIn) {
    long given = checkIn.answers().stream().filter(a -> !a.skipped()).count();
    String kept =
        given == 0
            ? ""
            : " The "
                + (given == 1 ? "level" : given + " levels")
                + " you gave "
                + (given == 1 ? "was" : "were")
                + " kept.";
    return new Reply.Text(
        "Your earlier check-in expired after "
            + settings.expireAfter().toDays()
            + " days without an answer."
            + kept);
  }

  private Reply offerToContinue(CheckIn c) {
    String next =
        c.isFinished()
            ? ""
            : " ("
                + framework.competency(c.competencyId()).map(Competency::name).orElse("")
                + " next)";
    return new Reply.Choices(
        "You have a paused check-in: "
            + c.answers().size()
            + " of "
            + c.competencyIds().size()
            + " done"
            + next
            + ". Carry on?",
        List.of(
            ButtonValue.about(c, "Carry on", "continue"),
            ButtonValue.about(c, "Start a new one", "restart"),
            ButtonValue.about(c, "Cancel it", "discard")));
  }

  private Turn turn(Inbound in, Team team, CheckIn checkIn) {
    return new Turn(team, assessmentOf(team), in.key().user(), in.userName(), clock.instant());
  }

  private Assessment assessmentOf(Team team) {
    return new Assessment(store.ratings(team.id()));
  }
}

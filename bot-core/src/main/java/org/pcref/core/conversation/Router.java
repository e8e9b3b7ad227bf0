package org.pcref.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pcref.core.checkin.CheckIn;
import org.pcref.core.checkin.CheckIns;
import org.pcref.core.checkin.PrivateCheckIn;
import org.pcref.core.command.Call;
import org.pcref.core.command.CommandRegistry;
import org.pcref.core.message.Action;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.Reply;
import org.pcref.core.privacy.PrivacyCommands;
import org.pcref.core.qa.Answer;
import org.pcref.core.round.RoundState;
import org.pcref.core.round.Rounds;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamDirectory;

/**
 * Decides what one turn is: a button, a command, an answer to the check-in in progress, or a
 * question about the framework, and hands it to that feature.
 */
final class Router {

  static final String CHECKIN_ACTION = "checkin";
  static final String NUDGE_START = "nudge.checkin";
  static final String NUDGE_SNOOZE = "nudge.snooze";
  static final String NUDGE_ROUND = "nudge.round";

  /** What a nudge's "Snooze a week" button does for its team: the same as typing it. */
  private static final String SNOOZE_A_WEEK = "remind snooze 1 week";

  /** The replies of a turn and the conversation state to save. */
  record Result(List<Reply> replies, ConversationState state) {

    /** The person was erased: nothing of this conversation is saved (state null). */
    static Result forgotten(List<Reply> replies) {
      return new Result(replies, null);
    }

    boolean forgot() {
      return state == null;
    }
  }

  private final Features features;
  private final CommandRegistry<CommandTurn.Handler> commands;

  Router(Features features, CommandRegistry<CommandTurn.Handler> commands) {
    this.features = features;
    this.commands = commands;
  }

  Result route(Inbound in, ConversationState state) {
    Action action = in.action();
    if (action != null) {
      return switch (action.id()) {
        case Choice.ASK -> typed(in, action.value(), state);
        case CHECKIN_ACTION -> checkInButton(in, action.value(), state);
        case TeamDirectory.CHOOSE -> chooseTeam(in, action.value(), state);
        case NUDGE_START -> nudgeButton(in, action.value(), state, true);
        case NUDGE_SNOOZE -> nudgeButton(in, action.value(), state, false);
        case NUDGE_ROUND -> nudgeRound(in, action.value(), state);
        case PrivacyCommands.FORGET ->
            privacy(state, features.privacy().confirm(in, action.value()));
        case Rounds.JOIN ->
            rounded(state, features.rounds().join(in, action.value(), state.round()));
        case Rounds.CLOSE -> new Result(features.rounds().closeButton(in, action.value()), state);
        case Rounds.CONFIRM -> rounded(state, features.rounds().confirmButton(in, action.value()));
        case Rounds.LEVEL -> rounded(state, features.rounds().confirmLevel(in, action.value()));
        case Rounds.NO_NOTE ->
            rounded(state, features.rounds().noNote(in, state.round(), action.value()));
        default ->
            new Result(
                List.of(
                    new Reply.Text("That button is no longer active."),
                    features.questions().help()),
                state);
      };
    }
    return typed(in, in.text(), state);
  }

  private Result typed(Inbound in, String text, ConversationState state) {
    Optional<Call<CommandTurn.Handler>> command = commands.readMessage(text);
    CheckIn active = state.activeCheckIn();
    RoundState round = state.roundTakingText();
    if (command.isEmpty() && round != null) {
      return rounded(state, features.rounds().handle(in, round, text, null));
    }
    if (command.isEmpty()) {
      if (active != null) {
        return continueCheckIn(in, state, text, null);
      }
      Answer answer = features.questions().answer(text, state.qa());
      return new Result(answer.replies(), state.withQa(answer.context(), state.updatedAt()));
    }
    Result result = command(in, command.get(), state);
    if (result.forgot()) {
      return result;
    }
    if (round != null
        && command.get().command() != Commands.ROUND
        && command.get().command() != Commands.TAKE_PART
        && result.state().round() == round) {
      // A command mid-round is answered, then the round's question is asked again.
      List<Reply> replies = new ArrayList<>(result.replies());
      replies.addAll(features.rounds().current(in, round));
      return new Result(replies, result.state());
    }
    if (active != null && command.get().command() != Commands.CHECK_IN) {
      // A command mid-check-in is answered, then the check-in's question is asked again.
      Team team = features.teams().byId(active.teamId()).orElse(null);
      if (team != null) {
        List<Reply> replies = new ArrayList<>(result.replies());
        replies.addAll(features.checkIns().current(in, team, active));
        return new Result(replies, result.state());
      }
    }
    return result;
  }

  /** A command: on the team the message is about, found first, when the command needs one. */
  private Result command(Inbound in, Call<CommandTurn.Handler> command, ConversationState state) {
    if (!command.command().who().needsTeam()) {
      return command
          .command()
          .handler()
          .handle(features, new CommandTurn(in, state, null, command.argument()));
    }
    TeamDirectory.Lookup lookup =
        features.teams().find(in, state.teamId(), false, command.command().who().joins());
    if (lookup instanceof TeamDirectory.Found found) {
      return onTeam(in, command, found.team(), state);
    }
    return new Result(((TeamDirectory.NotFound) lookup).replies(), state);
  }

  /** A command on {@code team}, if this person may use it there. */
  private Result onTeam(
      Inbound in, Call<CommandTurn.Handler> command, Team team, ConversationState state) {
    Optional<Reply> refusal =
        TeamDirectory.refusal(in, team, command.command().who(), command.argument());
    if (refusal.isPresent()) {
      return new Result(List.of(refusal.get()), state);
    }
    return command
        .command()
        .handler()
        .handle(features, new CommandTurn(in, state, team, command.argument()));
  }

  private Result checkInButton(Inbound in, String value, ConversationState state) {
    RoundState round = state.round();
    if (round != null
        && round.answering() != null
        && PrivateCheckIn.owns(round.answering(), value)) {
      return rounded(state, features.rounds().handle(in, round, "", value));
    }
    if (state.checkIn() == null) {
      return new Result(
          List.of(new Reply.Text("That check-in has ended. Type checkin to start a new one.")),
          state);
    }
    return continueCheckIn(in, state, "", value);
  }

  private Result continueCheckIn(Inbound in, ConversationState state, String text, String button) {
    CheckIn checkIn = state.checkIn();
    Team team = features.teams().byId(checkIn.teamId()).orElse(null);
    if (team == null || team.wasRemoved(in.key().user())) {
      // The team is gone or the person left it: reset rather than loop on a broken check-in.
      return new Result(
          List.of(new Reply.Text("That check-in can’t go on: you’re no longer in its team.")),
          state.withCheckIn(null, state.updatedAt()));
    }
    CheckIns.Outcome outcome = features.checkIns().handle(in, team, checkIn, text, button);
    return new Result(outcome.replies(), state.withCheckIn(outcome.checkIn(), state.updatedAt()));
  }

  /** A nudge's buttons name their team: start its check-in here, or snooze its nudges. */
  private Result nudgeButton(Inbound in, String teamId, ConversationState state, boolean start) {
    Team team = features.teams().byId(teamId).filter(t -> t.includes(in.key().user())).orElse(null);
    if (team == null) {
      return new Result(
          List.of(new Reply.Text("That nudge is for a team you’re no longer in.")), state);
    }
    if (!start) {
      return onTeam(in, commands.readMessage(SNOOZE_A_WEEK).orElseThrow(), team, state);
    }
    CheckIns.Outcome outcome =
        features.checkIns().start(in, team, state.checkIn(), CheckIns.DUE_OR_OLDEST);
    ConversationState chosen = in.direct() ? state.withTeam(teamId, state.updatedAt()) : state;
    return new Result(outcome.replies(), chosen.withCheckIn(outcome.checkIn(), state.updatedAt()));
  }

  /** A nudge's "Start a team round": the due competencies, for the team it names. */
  private Result nudgeRound(Inbound in, String teamId, ConversationState state) {
    Team team = features.teams().byId(teamId).filter(t -> t.includes(in.key().user())).orElse(null);
    if (team == null) {
      return new Result(
          List.of(new Reply.Text("That nudge is for a team you’re no longer in.")), state);
    }
    return new Result(features.rounds().start(in, team, "").replies(), state);
  }

  private static Result privacy(ConversationState state, PrivacyCommands.Outcome outcome) {
    return outcome.forgotSelf()
        ? Result.forgotten(outcome.replies())
        : new Result(outcome.replies(), state);
  }

  private static Result rounded(ConversationState state, Rounds.Outcome outcome) {
    return new Result(outcome.replies(), state.withRound(outcome.state(), state.updatedAt()));
  }

  private Result chooseTeam(Inbound in, String teamId, ConversationState state) {
    ConversationState chosen = state.withTeam(teamId, state.updatedAt());
    TeamDirectory.Lookup lookup = features.teams().find(in, teamId, false);
    if (lookup instanceof TeamDirectory.Found found) {
      return new Result(
          List.of(
              new Reply.Choices(
                  "Working with " + found.team().name() + " now. What next?",
                  List.of(
                      Choice.ask("Check in", "checkin"), Choice.ask("Team assessment", "team")))),
          chosen);
    }
    return new Result(((TeamDirectory.NotFound) lookup).replies(), state);
  }
}

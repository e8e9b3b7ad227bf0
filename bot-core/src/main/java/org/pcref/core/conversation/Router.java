package org.pcref.core.conversation;

import org.pcref.core.message.Inbound;
import org.pcref.core.message.Reply;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Action;

import java.util.ArrayList;
import java.util.List;
import org.pcref.core.checkin.CheckIn;
import org.pcref.core.checkin.CheckIns;
import org.pcref.core.qa.Answer;
import org.pcref.core.qa.FrameworkQuestions;
import org.pcref.core.reminder.RemindCommand;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamCommands;
import org.pcref.core.team.TeamDirectory;

/**
 * Decides what one turn is: a button, a command, an answer to the check-in in progress, or a
 * question about the framework, and hands it to that feature.
 */
final class Router {

  static final String CHECKIN_ACTION = "checkin";
  static final String NUDGE_START = "nudge.checkin";
  static final String NUDGE_SNOOZE = "nudge.snooze";

  /** The replies of a turn and the conversation state to save. */
  record Result(List<Reply> replies, ConversationState state) {}

  private final FrameworkQuestions questions;
  private final CheckIns checkIns;
  private final TeamDirectory teams;
  private final TeamCommands teamCommands;
  private final RemindCommand remind;

  Router(FrameworkQuestions questions, CheckIns checkIns, TeamDirectory teams, TeamCommands teamCommands, RemindCommand remind) {
    this.questions = questions;
    this.checkIns = checkIns;
    this.teams = teams;
    this.teamCommands = teamCommands;
    this.remind = remind;
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
        default -> new Result(List.of(new Reply.Text("That button is no longer active."), questions.help()), state);
      };
    }
    return typed(in, in.text(), state);
  }

  private Result typed(Inbound in, String text, ConversationState state) {
    Command command = Command.read(text);
    CheckIn active = state.checkIn() != null && !state.checkIn().paused() ? state.checkIn() : null;
    if (active != null && (command == null || command.name() == Command.Name.CHECKIN)) {
      return command == null ? continueCheckIn(in, state, text, null) : startCheckIn(in, state, command.argument());
    }
    if (command == null) {
      Answer answer = questions.answer(text, state.qa());
      return new Result(answer.replies(), state.withQa(answer.context(), state.updatedAt()));
    }
    Result result = command(in, command, state);
    if (active != null) {
      // A command mid-check-in is answered, then the check-in's question is asked again.
      Team team = teams.byId(active.teamId()).orElse(null);
      if (team != null) {
        List<Reply> replies = new ArrayList<>(result.replies());
        replies.addAll(checkIns.current(in, team, active));
        return new Result(replies, result.state());
      }
    }
    return result;
  }

  private Result command(Inbound in, Command command, ConversationState state) {
    if (command.name() == Command.Name.CHECKIN) {
      return startCheckIn(in, state, command.argument());
    }
    if (command.name() == Command.Name.TEAM && !command.words().isEmpty() && command.words().get(0).equals("link")) {
      return new Result(teamCommands.link(in, command.argument().substring(4).strip()), state);
    }
    return withTeam(in, state, false, team -> switch (command.name()) {
      case TEAM -> teamCommands.team(in, team, command.words(), command.argument());
      case HISTORY -> teamCommands.history(team, command.argument());
      case EXPORT -> teamCommands.export(team, command.argument());
      case CORRECT -> teamCommands.correct(in, team, command.argument());
      case REMIND -> remind.remind(in, team, command.argument());
      case CHECKIN -> throw new IllegalStateException("handled above");
    });
  }

  private Result startCheckIn(Inbound in, ConversationState state, String argument) {
    TeamDirectory.Lookup lookup = teams.find(in, state.teamId(), true);
    if (lookup instanceof TeamDirectory.NotFound notFound) {
      return new Result(notFound.replies(), state);
    }
    Team team = ((TeamDirectory.Found) lookup).team();
    CheckIns.Outcome outcome = checkIns.start(in, team, state.checkIn(), argument);
    return new Result(outcome.replies(), state.withCheckIn(outcome.checkIn(), state.updatedAt()));
  }

  private Result checkInButton(Inbound in, String value, ConversationState state) {
    if (state.checkIn() == null) {
      return new Result(List.of(new Reply.Text("That check-in has ended. Type checkin to start a new one.")), state);
    }
    return continueCheckIn(in, state, "", value);
  }

  private Result continueCheckIn(Inbound in, ConversationState state, String text, String button) {
    CheckIn checkIn = state.checkIn();
    Team team = teams.byId(checkIn.teamId()).orElse(null);
    if (team == null || team.wasRemoved(in.key().user())) {
      // The team is gone or the person left it: reset rather than loop on a broken check-in.
      return new Result(List.of(new Reply.Text("That check-in can’t go on: you’re no longer in its team.")), state.withCheckIn(null, state.updatedAt()));
    }
    CheckIns.Outcome outcome = checkIns.handle(in, team, checkIn, text, button);
    return new Result(outcome.replies(), state.withCheckIn(outcome.checkIn(), state.updatedAt()));
  }

  /** A nudge's buttons name their team: start its check-in here, or snooze its nudges. */
  private Result nudgeButton(Inbound in, String teamId, ConversationState state, boolean start) {
    Team team = teams.byId(teamId).filter(t -> t.includes(in.key().user())).orElse(null);
    if (team == null) {
      return new Result(List.of(new Reply.Text("That nudge is for a team you’re no longer in.")), state);
    }
    if (!start) {
      return new Result(remind.snooze(in, team), state);
    }
    CheckIns.Outcome outcome = checkIns.start(in, team, state.checkIn(), CheckIns.DUE_OR_OLDEST);
    ConversationState chosen = in.direct() ? state.withTeam(teamId, state.updatedAt()) : state;
    return new Result(outcome.replies(), chosen.withCheckIn(outcome.checkIn(), state.updatedAt()));
  }

  private Result chooseTeam(Inbound in, String teamId, ConversationState state) {
    ConversationState chosen = state.withTeam(teamId, state.updatedAt());
    TeamDirectory.Lookup lookup = teams.find(in, teamId, false);
    if (lookup instanceof TeamDirectory.Found found) {
      return new Result(List.of(new Reply.Choices("Working with " + found.team().name() + " now. What next?",
          List.of(Choice.ask("Check in", "checkin"), Choice.ask("Team assessment", "team")))), chosen);
    }
    return new Result(((TeamDirectory.NotFound) lookup).replies(), state);
  }

  private Result withTeam(Inbound in, ConversationState state, boolean create, java.util.function.Function<Team, List<Reply>> action) {
    TeamDirectory.Lookup lookup = teams.find(in, state.teamId(), create);
    if (lookup instanceof TeamDirectory.Found found) {
      return new Result(action.apply(found.team()), state);
    }
    return new Result(((TeamDirectory.NotFound) lookup).replies(), state);
  }
}

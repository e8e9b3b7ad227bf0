package org.pcref.core.conversation;

import java.util.List;
import org.pcref.core.checkin.CheckIns;
import org.pcref.core.command.Command;
import org.pcref.core.command.CommandRegistry;
import org.pcref.core.command.Who;
import org.pcref.core.privacy.PrivacyCommands;
import org.pcref.core.round.Rounds;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamDirectory;

/**
 * The bot's commands, registered in one place: each with its words, who may use it, its lines in
 * the help (which lists them in this order) and its handler. To add a command, add it here.
 *
 * <p>The registrations are constants, and each handler is given the features when it runs: the help
 * they make is needed to build the features (the help card is one of the answers to questions).
 */
final class Commands {

  /**
   * Starts a check-in, or answers about the one in progress (so its question is not asked twice).
   */
  static final Command<CommandTurn.Handler> CHECK_IN =
      new Command<>(
          List.of(
              "checkin",
              "check-in",
              "check in",
              "start check-in",
              "start checkin",
              "start a check-in",
              "start a checkin",
              "start check in",
              "start a check in"),
          Who.ANYONE,
          List.of(
              "checkin — a two-minute check-in on the competencies due for review",
              "checkin <competency> / checkin all — one competency, or all eight",
              "checkin team — start a team round: everyone rates privately, a lead confirms (leads)"),
          Commands::startCheckIn);

  /** The team round: its status, and the leads' close and confirm. */
  static final Command<CommandTurn.Handler> ROUND =
      new Command<>(
          List.of("round", "team round"),
          Who.JOINS, // the round says who may close and confirm
          List.of(
              "round — the team round under way; round take part to answer, and (leads) round close or round confirm"),
          Commands::round);

  /**
   * What the round's button says, typed: so that someone who did not see the button in their own
   * conversation with the bot can still take part.
   */
  static final Command<CommandTurn.Handler> TAKE_PART =
      new Command<>(
          List.of("take part", "join the round", "join round", "join the team round"),
          Who.JOINS,
          List.of(), // listed with round
          (features, turn) -> takePart(features, turn, turn.state()));

  static final CommandRegistry<CommandTurn.Handler> ALL =
      new CommandRegistry<>(
          List.of(
              CHECK_IN,
              ROUND,
              TAKE_PART,
              new Command<>(
                  List.of("team"),
                  Who.ANYONE, // each sub-command says who may use it
                  List.of("team — your team’s levels at a glance (team help for more)"),
                  Commands::team),
              new Command<>(
                  List.of("history"),
                  Who.MEMBERS,
                  List.of("history <competency> — how a level changed over time"),
                  (features, turn) ->
                      turn.reply(features.team().history(turn.team(), turn.argument()))),
              new Command<>(
                  List.of("export"),
                  Who.MEMBERS,
                  List.of("export csv / export json — the whole assessment, for reports"),
                  Commands::export),
              new Command<>(
                  List.of("correct"),
                  Who.leads("correct a rating"),
                  List.of(), // listed in the team help
                  (features, turn) ->
                      turn.reply(features.team().correct(turn.in(), turn.team(), turn.argument()))),
              new Command<>(
                  List.of("remind", "reminders", "nudges"),
                  Who.leadsToChange("change its nudges"),
                  List.of(
                      "remind — when nudges arrive; leads change them (remind every 2 weeks on Monday at 09:00)"),
                  (features, turn) ->
                      turn.reply(
                          features.remind().remind(turn.in(), turn.team(), turn.argument()))),
              new Command<>(
                  List.of("my data", "mydata"),
                  Who.ANYONE,
                  List.of("my data — everything I hold about you, as files (in a direct message)"),
                  (features, turn) -> turn.reply(features.privacy().myData(turn.in()))),
              new Command<>(
                  List.of("forget me"),
                  Who.ANYONE,
                  List.of("forget me — erase (delete) everything I hold about you (asks first)"),
                  (features, turn) -> turn.reply(features.privacy().forgetMe(turn.in()))),
              new Command<>(
                  List.of("admin"),
                  Who.ANYONE, // the trust's admins: checked by the command
                  List.of("admin — the audit trail, a person’s data or erasure (admins)"),
                  (features, turn) ->
                      privacy(turn, features.privacy().admin(turn.in(), turn.argument())))));

  /**
   * The replies of a privacy command; when it erased the person who asked, no state is saved for
   * them (a state saved now would keep their conversation).
   */
  static Router.Result privacy(CommandTurn turn, PrivacyCommands.Outcome outcome) {
    return outcome.forgotSelf()
        ? Router.Result.forgotten(outcome.replies())
        : turn.reply(outcome.replies());
  }

  private Commands() {}

  /** The team's levels, and a line about its team round when it has had one. */
  private static Router.Result team(Features features, CommandTurn turn) {
    List<org.pcref.core.message.Reply> replies =
        new java.util.ArrayList<>(
            features.team().team(turn.in(), turn.state().teamId(), turn.argument()));
    if (turn.argument().isBlank()
        && features.teams().find(turn.in(), turn.state().teamId(), false)
            instanceof TeamDirectory.Found found) {
      replies.addAll(features.rounds().teamNote(found.team()));
    }
    return turn.reply(replies);
  }

  /**
   * {@code export csv|xlsx|json}, or {@code export rounds [csv|json]}. A CSV or spreadsheet comes
   * as a link to the board's download when the board can make one: a whole history is too long for
   * one chat message.
   */
  private static Router.Result export(Features features, CommandTurn turn) {
    String[] words = turn.argument().strip().split("\\s+", 2);
    if (words[0].equalsIgnoreCase("rounds") || words[0].equalsIgnoreCase("round")) {
      return turn.reply(features.rounds().export(turn.team(), words.length > 1 ? words[1] : ""));
    }
    return turn.reply(
        ExportLinks.reply(features.downloads(), turn.team(), turn.argument())
            .map(java.util.List::of)
            .orElseGet(() -> features.team().export(turn.team(), turn.argument())));
  }

  private static Router.Result round(Features features, CommandTurn turn) {
    String what = turn.argument().strip().toLowerCase(java.util.Locale.ROOT);
    ConversationState state = turn.state();
    Rounds rounds = features.rounds();
    return switch (what) {
      case "", "status", "show" -> turn.reply(rounds.status(turn.in(), turn.team()));
      case "close", "close now", "end" -> turn.reply(rounds.close(turn.in(), turn.team()));
      case "confirm" -> {
        Rounds.Outcome outcome = rounds.confirm(turn.in(), turn.team());
        yield new Router.Result(
            outcome.replies(), state.withRound(outcome.state(), state.updatedAt()));
      }
      case "take part", "answer", "join", "carry on", "continue", "resume" ->
          takePart(features, turn, state);
      default ->
          turn.reply(
              java.util.List.of(
                  new org.pcref.core.message.Reply.Text(
                      "Type round to see the team round, round take part to answer it, or (leads) round close or round confirm.")));
    };
  }

  private static Router.Result takePart(
      Features features, CommandTurn turn, ConversationState state) {
    Rounds.Outcome outcome = features.rounds().joinOpen(turn.in(), turn.team(), state.round());
    return new Router.Result(
        outcome.replies(), state.withRound(outcome.state(), state.updatedAt()));
  }

  /** In a channel, the first check-in creates the channel's team. */
  private static Router.Result startCheckIn(Features features, CommandTurn turn) {
    ConversationState state = turn.state();
    TeamDirectory.Lookup lookup = features.teams().find(turn.in(), state.teamId(), true);
    if (lookup instanceof TeamDirectory.NotFound notFound) {
      return turn.reply(notFound.replies());
    }
    Team team = ((TeamDirectory.Found) lookup).team();
    String[] words = turn.argument().strip().split("\\s+", 2);
    if (words[0].equalsIgnoreCase("team")) {
      Rounds.Outcome round =
          features.rounds().start(turn.in(), team, words.length > 1 ? words[1] : "");
      return turn.reply(round.replies());
    }
    CheckIns.Outcome outcome =
        features.checkIns().start(turn.in(), team, state.checkIn(), turn.argument());
    return new Router.Result(
        outcome.replies(), state.withCheckIn(outcome.checkIn(), state.updatedAt()));
  }
}

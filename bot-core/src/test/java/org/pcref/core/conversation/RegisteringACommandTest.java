package org.pcref.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.command.Command;
import org.pcref.core.command.CommandRegistry;
import org.pcref.core.command.Who;
import org.pcref.core.message.Reply;
import org.pcref.core.reminder.InMemoryNudgeStore;
import org.pcref.core.team.InMemoryTeamStore;
import org.pcref.framework.FrameworkLoader;

/**
 * A command registered in one place is routed, guarded and listed in the help, with nothing else to
 * change.
 */
class RegisteringACommandTest {

  private static final Command<CommandTurn.Handler> PING =
      new Command<>(
          List.of("ping", "are you there"),
          Who.ANYONE,
          List.of("ping — checks that the bot is listening"),
          (features, turn) -> turn.reply(List.of(new Reply.Text("pong " + turn.argument()))));

  private static final Command<CommandTurn.Handler> RETITLE =
      new Command<>(
          List.of("retitle"),
          Who.leads("retitle the team"),
          List.of(),
          (features, turn) ->
              turn.reply(
                  List.of(new Reply.Text(turn.team().name() + " retitled " + turn.argument()))));

  private final TestClock clock = TestClock.at("2026-11-26T10:00:00Z");
  private final Assistant bot =
      new Assistant(
          FrameworkLoader.bundled(),
          new InMemoryConversationStore(),
          new InMemoryTeamStore(),
          new InMemoryNudgeStore(List::of),
          CheckInSettings.DEFAULTS,
          clock,
          new CommandRegistry<>(List.of(Commands.CHECK_IN, PING, RETITLE)));
  private final Chat alex = Chat.in(bot, "ward-7", "Alex");
  private final Chat sam = Chat.in(bot, "ward-7", "Sam");

  @Test
  void shouldRouteEachWordOfARegisteredCommandToItsHandler() {
    alex.says("ping").expectReply("pong");
    alex.says("/Ping? now").expectReply("pong now");
    alex.says("are you there today").expectReply("pong today");
  }

  @Test
  void shouldListARegisteredCommandInTheHelpOnce() {
    alex.says("help");

    assertThat(alex.lastReply()).containsOnlyOnce("ping — checks that the bot is listening");
    assertThat(alex.lastReply()).doesNotContain("history <competency>");
  }

  @Test
  void shouldRefuseACommandForLeadsToAMemberInTheUsualWords() {
    alex.says("checkin").says("cancel");

    sam.says("retitle Acute")
        .expectReply("Only a lead of ward-7 can retitle the team. Leads: Alex.");
    alex.says("retitle Acute").expectReply("ward-7 retitled Acute");
  }

  @Test
  void shouldFindTheTeamBeforeACommandThatNeedsOne() {
    alex.says("retitle Acute").expectReply("This channel has no team yet");
  }

  @Test
  void shouldAnswerACommandMidCheckInThenAskTheQuestionAgain() {
    alex.says("checkin co-production")
        .says("ping")
        .expectReply("pong", "Which level fits your team now?");
  }
}

package org.pcref.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.PlainText;
import org.pcref.core.team.InMemoryTeamStore;
import org.pcref.framework.FrameworkLoader;

/**
 * A turn that waited too long before it could run (behind others, or for a database that was down)
 * is not taken: the person is told plainly, and what they said long ago does not act now.
 */
class TurnBudgetTest {

  private final TestClock clock = TestClock.at("2026-11-26T10:00:00Z");
  private final Assistant bot =
      new Assistant(
          FrameworkLoader.bundled(),
          new InMemoryConversationStore(),
          new InMemoryTeamStore(),
          CheckInSettings.DEFAULTS,
          clock);
  private final ConversationKey key = new ConversationKey("slack", "T1", "C7", "U1");
  private final Chat alex = new Chat(bot, key);

  @Test
  void shouldNotTakeATurnThatWaitedPastItsBudgetAndSaySo() {
    alex.says("checkin workforce").expectReply("Which level fits your team now?");
    Inbound cancel = bot.received(Inbound.text(key, "Alex", "cancel"));
    clock.advance(Assistant.TURN_BUDGET.plus(Duration.ofSeconds(1)));

    String reply = PlainText.render(bot.handle(cancel)).text();

    assertThat(reply).contains("couldn’t get to that in time", "Please send it again");
    alex.says("good").expectReply("note");
  }

  @Test
  void shouldTakeATurnThatRunsWithinItsBudget() {
    alex.says("checkin workforce");
    Inbound cancel = bot.received(Inbound.text(key, "Alex", "cancel"));
    clock.advance(Assistant.TURN_BUDGET.minus(Duration.ofSeconds(1)));

    assertThat(PlainText.render(bot.handle(cancel)).text()).doesNotContain("in time");
    alex.says("team").expectNoReplyContaining("Which level fits your team now?");
  }
}

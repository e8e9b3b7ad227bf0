package org.pcref.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.team.InMemoryTeamStore;
import org.pcref.framework.FrameworkLoader;

/**
 * A number shown is a number the bot takes: typed on its own, it picks that option of the last
 * answer, whatever the platform (a Slack slash command, a Teams message, the terminal).
 */
class PickingByNumberTest {

  private final TestClock clock = TestClock.at("2026-11-26T10:00:00Z");
  private final Assistant bot =
      new Assistant(
          FrameworkLoader.bundled(),
          new InMemoryConversationStore(),
          new InMemoryTeamStore(),
          CheckInSettings.DEFAULTS,
          clock);
  private final Chat slack =
      new Chat(bot, new ConversationKey("slack", "T1", "C-ward-7", "U-alex"));

  @Test
  void shouldPickTheNumberedOptionOfTheLastAnswer() {
    slack.says("define co-learning").expectReply("[2] Good");
    slack.says("2").expectReply("Co-Learning — Good");
  }

  @Test
  void shouldTakeALevelByItsNumberAtTheCheckInQuestion() {
    slack.says("checkin workforce").expectReply("[3] Good");
    slack.says("3").says("no note");
    slack.says("team").expectReply("Workforce: Good");
  }

  @Test
  void shouldSayWhichNumbersThereAreWhenOneIsOutOfRange() {
    slack.says("checkin workforce").expectReply("[7] Skip");
    slack.says("9").expectReply("There is no option 9: pick 1 to 7");
    slack.says("3").says("no note");
    slack.says("team").expectReply("Workforce: Good");
  }

  @Test
  void shouldReadNumbersAtTheChecklistAsItsDescriptorsAndShowItsButtonsByTheirWords() {
    slack.says("checkin workforce").presses("Check the descriptors");
    assertThat(slack.lastReply())
        .contains("1. Trusts submit the annual WRES report", "– Back")
        .doesNotContain("[1] Back");

    slack.says("1").expectReply("suggested level Not yet Developing", "Developing: 1 of 2 met");
  }
}

package org.pcref.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.message.Choice;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.PlainText;
import org.pcref.core.message.Reply;
import org.pcref.core.team.InMemoryTeamStore;
import org.pcref.framework.FrameworkLoader;

/**
 * What the core offers adapters to show when the bot is added somewhere, and on a person's home.
 */
class WelcomeAndHomeTest {

  private final TestClock clock = TestClock.at("2026-11-26T10:00:00Z");
  private final InMemoryConversationStore conversations = new InMemoryConversationStore();
  private final Assistant bot =
      new Assistant(
          FrameworkLoader.bundled(),
          conversations,
          new InMemoryTeamStore(),
          CheckInSettings.DEFAULTS,
          clock);
  private final ConversationKey alexDirect =
      new ConversationKey("test", "tenant", "dm-alex", "alex");

  @Test
  void shouldWelcomeWithTheHelpAndAButtonToStartACheckIn() {
    Reply.Card help = (Reply.Card) Chat.withBundledFramework(clock).user("help").replies().get(0);

    Reply.Card welcome = (Reply.Card) bot.welcome(true).get(0);

    assertThat(welcome.title()).isEqualTo("Welcome! " + help.title());
    assertThat(welcome.subtitle())
        .isEqualTo(
            help.subtitle()
                + "\nAsk me anything about the framework here, or type checkin for a team check-in.");
    assertThat(welcome.sections()).isEqualTo(help.sections());
    assertThat(welcome.choices().get(0)).isEqualTo(Choice.ask("Start a check-in", "checkin"));
    assertThat(welcome.choices().subList(1, welcome.choices().size())).isEqualTo(help.choices());
  }

  @Test
  void shouldTellAChannelToMentionTheBot() {
    assertThat(PlainText.render(bot.welcome(false)).text())
        .contains("In a channel, mention me first: @PCREF Bot");
  }

  @Test
  void shouldShowSomeoneWithoutATeamHowToGetOneAtHome() {
    Home home = bot.home(alexDirect);

    assertThat(PlainText.render(home.shown()).text()).contains("You’re not in a team yet");
    assertThat(home.buttons())
        .containsExactly(
            Choice.ask("Start a check-in", "checkin"), Choice.ask("Ask a question", "help"));
  }

  @Test
  void shouldShowEveryTeamOfThePersonAtHomeWithWhenEachIsNextDueAndNoButtons() {
    Chat.in(bot, "ward-7", "Alex").says("checkin").says("cancel");
    Chat.in(bot, "ward-9", "Alex").says("checkin").says("cancel");

    Home home = bot.home(alexDirect);

    assertThat(
            home.shown().stream().filter(Reply.Grid.class::isInstance).map(Reply.Grid.class::cast))
        .extracting(Reply.Grid::title)
        .containsExactlyInAnyOrder(
            "ward-7 — PCREF self-assessment", "ward-9 — PCREF self-assessment");
    assertThat(home.shown())
        .allSatisfy(
            r -> {
              if (r instanceof Reply.Grid grid) {
                assertThat(grid.choices()).isEmpty();
              }
            });
    assertThat(PlainText.render(home.shown()).text())
        .doesNotContain("Which one is this about?")
        .containsPattern(
            "(?s)ward-7 — PCREF.*Next check-in due: .*ward-9 — PCREF.*Next check-in due: "
                + "|(?s)ward-9 — PCREF.*Next check-in due: .*ward-7 — PCREF.*Next check-in due: ");
  }

  @Test
  void shouldSaveNothingWhenTheHomeIsShown() {
    bot.home(alexDirect);

    assertThat(conversations.load(alexDirect)).isEmpty();
  }

  @Test
  void shouldCarryOnFromTheHomesButtonsInTheDirectMessage() {
    List<Choice> buttons = bot.home(alexDirect).buttons();
    Chat alex = Chat.direct(bot, "Alex");

    alex.press(buttons.get(1)).expectReply("Ask me about");
    alex.press(buttons.get(0)).expectReply("You’re not in a team yet");
  }
}

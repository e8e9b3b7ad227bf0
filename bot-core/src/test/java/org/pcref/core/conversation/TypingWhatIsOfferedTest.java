package org.pcref.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.message.Choice;
import org.pcref.core.reminder.InMemoryNudgeStore;
import org.pcref.core.round.InMemoryRoundStore;
import org.pcref.core.round.RoundSettings;
import org.pcref.core.team.InMemoryTeamStore;
import org.pcref.framework.FrameworkLoader;

/**
 * Wherever the bot has just offered choices, typing a choice's label, the label with a typo, or a
 * usual word for it does what pressing it does. Each step of each flow is played twice on fresh
 * bots: once pressing, once typing; the replies must read the same.
 */
class TypingWhatIsOfferedTest {

  /** A ward's channel: Alex leads, Sam is in the team. */
  static final class Ward {
    final TestClock clock = TestClock.at("2026-11-26T10:00:00Z");
    final Assistant bot =
        new Assistant(
            FrameworkLoader.bundled(),
            new InMemoryConversationStore(),
            new InMemoryTeamStore(),
            new InMemoryNudgeStore(List::of),
            new InMemoryRoundStore(),
            CheckInSettings.DEFAULTS,
            RoundSettings.DEFAULTS,
            clock);
    final Chat alex = Chat.in(bot, "ward-7", "Alex");
    final Chat sam = Chat.in(bot, "ward-7", "Sam");
    final Chat jo = Chat.in(bot, "ward-7", "Jo");

    Ward withSamAndJo() {
      alex.says("checkin").says("cancel").says("team add sam").says("team add jo");
      return this;
    }
  }

  /** A step of a flow: played on a fresh ward, it leaves the chat whose choices are on offer. */
  record Step(String name, Function<Ward, Chat> play) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final List<Step> STEPS =
      List.of(
          new Step("the help", w -> w.alex.says("help")),
          new Step("a check-in's level", w -> w.alex.says("checkin co-production")),
          new Step(
              "a check-in's suggested level",
              w ->
                  w.alex
                      .says("checkin co-production")
                      .presses("Check the descriptors")
                      .ticks("Suggest a level", "1")),
          new Step("a check-in's note", w -> w.alex.says("checkin co-production").presses("Good")),
          new Step(
              "a paused check-in",
              w -> w.alex.says("checkin co-production").says("pause").says("checkin")),
          new Step(
              "taking part in a round",
              w -> {
                w.withSamAndJo();
                w.alex.says("checkin team co-production");
                return w.sam.press(w.alex.button("Take part"));
              }),
          new Step(
              "confirming a round",
              w -> {
                w.withSamAndJo();
                w.alex.says("checkin team co-production");
                Choice takePart = w.alex.button("Take part");
                w.sam.press(takePart).presses("Good").presses("No note");
                w.jo.press(takePart).presses("Good").presses("No note");
                w.alex.press(takePart).presses("Outstanding").presses("No note");
                return w.alex.says("round confirm");
              }),
          new Step("forgetting me", w -> Chat.direct(w.bot, "Alex").says("forget me")));

  static Stream<Arguments> offeredLabels() {
    return STEPS.stream()
        .flatMap(
            step ->
                step.play().apply(new Ward()).choiceLabels().stream()
                    .map(label -> Arguments.of(step, label)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("offeredLabels")
  void typingALabelDoesWhatPressingItDoes(Step step, String label) {
    String pressed = step.play().apply(new Ward()).presses(label).lastReply();

    assertThat(step.play().apply(new Ward()).says(label).lastReply()).isEqualTo(pressed);
    assertThat(step.play().apply(new Ward()).says(label.toLowerCase()).lastReply())
        .isEqualTo(pressed);
    String typo = withATypo(label);
    if (!typo.equals(label)) {
      assertThat(step.play().apply(new Ward()).says(typo).lastReply())
          .as("typed “%s” for “%s”", typo, label)
          .isEqualTo(pressed);
    }
  }

  static Stream<Arguments> usualWords() {
    return Stream.of(
        Arguments.of(step("a paused check-in"), "yes", "Carry on"),
        Arguments.of(step("a paused check-in"), "continue", "Carry on"),
        Arguments.of(step("a paused check-in"), "carry on please", "Carry on"),
        Arguments.of(step("a paused check-in"), "start again", "Start a new one"),
        Arguments.of(step("a check-in's level"), "the descriptors", "Check the descriptors"),
        Arguments.of(step("a check-in's level"), "not yet", "Not yet Developing"),
        Arguments.of(step("a check-in's suggested level"), "ok", "Yes, Developing"),
        Arguments.of(step("a check-in's suggested level"), "yes", "Yes, Developing"),
        Arguments.of(step("taking part in a round"), "good", "Good"),
        Arguments.of(step("confirming a round"), "good", "Good (median)"),
        Arguments.of(step("confirming a round"), "the median", "Good (median)"),
        Arguments.of(step("confirming a round"), "median", "Good (median)"),
        Arguments.of(step("confirming a round"), "Good (median)", "Good (median)"),
        Arguments.of(step("forgetting me"), "yes", "Yes, forget me"),
        Arguments.of(step("forgetting me"), "no", "No, keep it"));
  }

  @ParameterizedTest(name = "{0}: “{1}” is {2}")
  @MethodSource("usualWords")
  void aUsualWordForAChoicePicksIt(Step step, String typed, String label) {
    String pressed = step.play().apply(new Ward()).presses(label).lastReply();

    assertThat(step.play().apply(new Ward()).says(typed).lastReply()).isEqualTo(pressed);
  }

  @Test
  void someoneWhoDidNotSeeTheRoundsButtonTakesPartByTypingIt() {
    Ward ward = new Ward().withSamAndJo();
    ward.alex.says("checkin team co-production");

    ward.jo.says("take part").expectReply("Co-Production", "Which level fits your team now?");
    ward.jo.says("good").expectReply("Add an evidence note?");
  }

  @Test
  void onlyALeadIsOfferedToCloseTheRound() {
    Ward ward = new Ward().withSamAndJo();
    ward.alex.says("checkin team co-production");

    assertThat(ward.sam.says("round").choiceLabels()).containsExactly("Take part");
    assertThat(ward.alex.says("round").choiceLabels()).containsExactly("Take part", "Close now");
  }

  @Test
  void theLatestMessagesOptionsAreNumberedFromOne() {
    Ward ward = new Ward();
    ward.alex.says("checkin co-production").says("what does good mean here?");

    assertThat(ward.alex.lastReply()).contains("[1] Not yet Developing").doesNotContain("[8]");
    ward.alex.says("2").expectReply("Add an evidence note?");
  }

  @Test
  void aNumberThatIsNotOnOfferSaysWhichAre() {
    Ward ward = new Ward();
    ward.alex
        .says("checkin co-production")
        .says("9")
        .expectReply("There is no option 9: pick 1 to 7");
  }

  @Test
  void aQuestionThatSharesAWordWithAChoiceIsStillAQuestion() {
    Ward ward = new Ward();
    ward.alex
        .says("checkin co-production")
        .says("what does good mean for workforce?")
        .expectReply("Workforce — Good", "Which level fits your team now?");
  }

  private static Step step(String name) {
    return STEPS.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  /** The label with two letters of its longest word swapped, if a word is long enough to. */
  static String withATypo(String label) {
    String[] words = label.split(" ");
    int longest = 0;
    for (int i = 1; i < words.length; i++) {
      if (letters(words[i]) > letters(words[longest])) {
        longest = i;
      }
    }
    String word = words[longest];
    if (letters(word) < 5) {
      return label;
    }
    char[] letters = word.toCharArray();
    char swap = letters[2];
    letters[2] = letters[3];
    letters[3] = swap;
    words[longest] = new String(letters);
    return String.join(" ", words);
  }

  private static int letters(String word) {
    return (int) word.chars().filter(Character::isLetter).count();
  }
}

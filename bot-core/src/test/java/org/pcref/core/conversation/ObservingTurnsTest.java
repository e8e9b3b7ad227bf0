package org.pcref.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.conversation.TurnObserver.CheckInChange;
import org.pcref.core.conversation.TurnObserver.Kind;
import org.pcref.core.conversation.TurnObserver.TakenTurn;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.team.InMemoryTeamStore;
import org.pcref.framework.FrameworkLoader;

/** Whoever observes the bot hears of every turn: its platform, its kind, and check-in changes. */
class ObservingTurnsTest {

  private final TestClock clock = TestClock.at("2026-11-26T10:00:00Z");
  private final Assistant bot =
      new Assistant(
          FrameworkLoader.bundled(),
          new InMemoryConversationStore(),
          new InMemoryTeamStore(),
          CheckInSettings.DEFAULTS,
          clock);
  private final List<TakenTurn> turns = new CopyOnWriteArrayList<>();
  private final Chat alex = new Chat(bot, new ConversationKey("slack", "T1", "C7", "U1"));

  ObservingTurnsTest() {
    bot.observe(turns::add);
  }

  @Test
  void shouldTellAQuestionFromACommandOnItsPlatform() {
    alex.says("define co-learning");
    alex.says("team");

    assertThat(turns).extracting(TakenTurn::kind).containsExactly(Kind.QUESTION, Kind.COMMAND);
    assertThat(turns).extracting(TakenTurn::platform).containsOnly("slack");
    assertThat(turns).allSatisfy(t -> assertThat(t.took()).isPositive());
  }

  @Test
  void shouldHearACheckInStartPauseAndFinish() {
    alex.says("checkin workforce");
    alex.says("pause");
    alex.says("checkin").presses("Carry on");
    alex.says("good");
    alex.says("no note");

    assertThat(turns).extracting(TakenTurn::kind).containsOnly(Kind.CHECK_IN);
    assertThat(turns.stream().flatMap(t -> t.changes().stream()))
        .containsExactly(CheckInChange.STARTED, CheckInChange.PAUSED, CheckInChange.FINISHED);
  }

  @Test
  void shouldHearACheckInThatExpired() {
    alex.says("checkin workforce");
    clock.advance(CheckInSettings.DEFAULTS.expireAfter().plus(Duration.ofMinutes(1)));

    alex.says("define co-learning");

    assertThat(turns.get(1).changes()).containsExactly(CheckInChange.EXPIRED);
    assertThat(turns.get(1).kind()).isEqualTo(Kind.QUESTION);
  }
}

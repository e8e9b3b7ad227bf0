package org.pcref.core.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.conversation.Chat;
import org.pcref.core.conversation.InMemoryConversationStore;
import org.pcref.core.conversation.TestClock;
import org.pcref.core.message.Address;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Delivery;
import org.pcref.core.message.Notifier;
import org.pcref.core.message.PlainText;
import org.pcref.core.message.Reply;
import org.pcref.core.reminder.InMemoryNudgeStore;
import org.pcref.core.team.InMemoryTeamStore;
import org.pcref.framework.FrameworkLoader;

/**
 * Halfway through a round, one reminder to each member who has not answered; at the end, the
 * result.
 */
class RoundSweepTest {

  private final TestClock clock = TestClock.at("2026-11-26T10:00:00Z");
  private final InMemoryTeamStore teams = new InMemoryTeamStore();
  private final InMemoryRoundStore rounds = new InMemoryRoundStore();
  private final InMemoryNudgeStore nudges = new InMemoryNudgeStore(List::of);
  private final Assistant bot =
      new Assistant(
          FrameworkLoader.bundled(),
          new InMemoryConversationStore(),
          teams,
          nudges,
          rounds,
          CheckInSettings.DEFAULTS,
          RoundSettings.DEFAULTS,
          clock);
  private final Sent sent = new Sent();
  private final RoundSweep sweep =
      new RoundSweep(
          FrameworkLoader.bundled(),
          teams,
          rounds,
          nudges,
          List.of(),
          sent,
          RoundSettings.DEFAULTS,
          clock);
  private final Chat alex = Chat.in(bot, "ward-7", "Alex");

  /** Keeps what it sends; fails the first send to {@code failFor} once. */
  static final class Sent implements Notifier {
    final List<Address> to = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    String failFor;

    @Override
    public String platform() {
      return "test";
    }

    @Override
    public Delivery deliver(Address address, List<Reply> replies) {
      if (address.user() != null && address.user().equals(failFor)) {
        failFor = null;
        return new Delivery.Failed("rate limited", Duration.ZERO);
      }
      to.add(address);
      texts.add(PlainText.render(replies).text());
      return new Delivery.Sent("m" + to.size());
    }

    List<String> people() {
      return to.stream().filter(Address::isDirect).map(Address::user).toList();
    }
  }

  private Choice startRound() {
    alex.says("checkin").says("cancel");
    alex.says("team add sam").says("team add jo").says("team add kim");
    alex.says("checkin team co-production");
    return alex.button("Take part");
  }

  @Test
  void shouldRemindOnlyThoseWhoHaveNotAnsweredOnceHalfwayThrough() {
    Choice takePart = startRound();
    Chat sam = Chat.in(bot, "ward-7", "Sam");
    sam.press(takePart).presses("Good").presses("No note");

    clock.advance(Duration.ofHours(66).plusMinutes(59));
    assertThat(sweep.sweep().reminded()).isZero();
    clock.advance(Duration.ofMinutes(1)); // halfway: Thursday 10:00 to the end of Tuesday
    sent.failFor = "jo";
    assertThat(sweep.sweep().reminded()).isEqualTo(2);
    assertThat(sweep.sweep().reminded()).isEqualTo(1); // Jo's retry
    assertThat(sweep.sweep().reminded()).isZero();
    clock.advance(Duration.ofHours(1));
    assertThat(sweep.sweep().reminded()).isZero();

    assertThat(sent.people()).containsExactlyInAnyOrder("alex", "kim", "jo");
    assertThat(sent.texts.get(0))
        .contains("A reminder: Alex asked everyone in ward-7 for their view on Co-Production");
    Chat jo = Chat.direct(bot, "Jo");
    jo.presses(Rounds.JOIN, rounds.rounds(teamId()).get(0).id())
        .expectReply("Which level fits your team now?");
  }

  @Test
  void shouldCloseARoundWhoseTimeIsUpAndPostItsResultInTheChannelOnce() {
    Choice takePart = startRound();
    for (String name : List.of("Sam", "Jo", "Kim")) {
      Chat.in(bot, "ward-7", name).press(takePart).presses("Good").presses("No note");
    }
    clock.advance(Duration.ofDays(6));
    assertThat(sweep.sweep().closed()).isEqualTo(1);
    assertThat(sweep.sweep().closed()).isZero();
    assertThat(sent.to).containsExactly(Address.channel("test", "tenant", "ward-7"));
    assertThat(sent.texts.get(sent.texts.size() - 1))
        .contains("Team round result — ward-7", "Closed when its time was up", "Good: 3");
    alex.says("round").expectReply("Team round result", "Good: 3");
  }

  @Test
  void shouldPostTheResultOfARoundClosedInADirectMessageInTheChannel() {
    Choice takePart = startRound();
    for (String name : List.of("Sam", "Jo", "Kim")) {
      Chat.in(bot, "ward-7", name).press(takePart).presses("Good").presses("No note");
    }
    Chat alexDirect = Chat.direct(bot, "Alex");
    alexDirect.press(takePart).presses("Good").presses("No note");
    alexDirect.expectReply("Thank you", "Team round result", "Closed when everyone had answered");
    assertThat(alexDirect.replies()).noneMatch(r -> r instanceof Reply.ForChannel);

    assertThat(sweep.sweep().closed()).isZero();
    sweep.sweep();
    assertThat(sent.to).containsExactly(Address.channel("test", "tenant", "ward-7"));
    assertThat(sent.texts.get(0)).contains("Team round result — ward-7", "Good: 4");
  }

  @Test
  void shouldNotPostAgainWhatATurnInTheChannelPosted() {
    Choice takePart = startRound();
    Chat.in(bot, "ward-7", "Sam").press(takePart).presses("Good").presses("No note");
    alex.says("round close");
    assertThat(alex.replies()).singleElement().isInstanceOf(Reply.ForChannel.class);
    sweep.sweep();
    assertThat(sent.to).isEmpty();
  }

  private String teamId() {
    return teams
        .findByChannel(new org.pcref.core.team.Workspace("test", "tenant"), "ward-7")
        .orElseThrow()
        .id();
  }
}

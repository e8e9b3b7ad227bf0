package org.pcref.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.message.Address;
import org.pcref.core.message.Delivery;
import org.pcref.core.message.Notifier;
import org.pcref.core.message.PlainText;
import org.pcref.core.message.Reply;
import org.pcref.core.team.InMemoryTeamStore;
import org.pcref.framework.FrameworkLoader;

/**
 * A check-in's summary the bot stopped before posting: the answers were saved, so the summary is
 * owed to the channel, and the bot posts it once, with the next message there or on its own a few
 * minutes later.
 */
class OwedSummaryTest {

  private final TestClock clock = TestClock.at("2026-11-26T10:00:00Z");
  private final InMemoryConversationStore conversations = new InMemoryConversationStore();
  private final Assistant bot =
      new Assistant(
          FrameworkLoader.bundled(),
          conversations,
          new InMemoryTeamStore(),
          CheckInSettings.DEFAULTS,
          clock);
  private final Chat alex = Chat.in(bot, "ward-7", "Alex");
  private final Channel channel = new Channel();

  private void checkInThenStopBeforeThePost() {
    alex.says("checkin co-production").says("good").stopsBeforePosting().says("Monthly forum");
    alex.expectReply("Check-in done — ward-7");
  }

  @Test
  void aSummaryNeverPostedComesWithTheNextMessageOnce() {
    checkInThenStopBeforeThePost();

    alex.says("team")
        .expectReply(
            "I may not have posted this in the channel earlier",
            "Check-in done — ward-7",
            "Co-Production: Good");
    assertThat(alex.replies()).filteredOn(Reply.ForChannel.class::isInstance).hasSize(1);

    alex.says("team").expectNoReplyContaining("Check-in done");
  }

  @Test
  void aSummaryThatWasPostedIsNotPostedAgain() {
    alex.says("checkin co-production").says("good").says("Monthly forum");
    alex.expectReply("Check-in done");

    alex.says("team").expectNoReplyContaining("Check-in done");
    clock.advance(Duration.ofMinutes(5));
    assertThat(owedToChannels().post()).isZero();
    assertThat(channel.posts).isEmpty();
  }

  @Test
  void aQuietChannelGetsWhatItIsOwedAfterAFewMinutesOnce() {
    checkInThenStopBeforeThePost();
    OwedToChannels one = owedToChannels();
    OwedToChannels another = owedToChannels();

    assertThat(one.post()).as("still within the grace: the adapter may be posting it").isZero();
    clock.advance(Duration.ofMinutes(3));
    assertThat(one.post() + another.post()).isEqualTo(1);

    assertThat(channel.posts).containsExactly(Address.channel("test", "tenant", "ward-7"));
    assertThat(PlainText.render(channel.replies).text())
        .contains("I may not have posted this in the channel earlier", "Check-in done — ward-7");
    alex.says("team").expectNoReplyContaining("Check-in done");
  }

  @Test
  void aSummaryThePlatformCouldNotTakeIsTriedAgainNextTime() {
    checkInThenStopBeforeThePost();
    clock.advance(Duration.ofMinutes(3));
    channel.next = new Delivery.Failed("rate limited", Duration.ZERO);

    assertThat(owedToChannels().post()).isZero();
    assertThat(owedToChannels().post()).isEqualTo(1);
    assertThat(channel.posts).hasSize(2);
    assertThat(owedToChannels().post()).isZero();
  }

  @Test
  void aChannelTheBotCanNoLongerReachOwesNothing() {
    checkInThenStopBeforeThePost();
    clock.advance(Duration.ofMinutes(3));
    channel.next = new Delivery.Unreachable("bot removed");

    owedToChannels().post();

    assertThat(owedToChannels().post()).isZero();
    assertThat(channel.posts).hasSize(1);
  }

  @Test
  void aSummaryOwedForOverADayIsDroppedNotPosted() {
    checkInThenStopBeforeThePost();
    clock.advance(Duration.ofDays(2));

    assertThat(owedToChannels().post()).isZero();
    assertThat(channel.posts).isEmpty();
    alex.says("team").expectNoReplyContaining("Check-in done");
  }

  private OwedToChannels owedToChannels() {
    return new OwedToChannels(conversations, List.of(channel), clock);
  }

  /** The test platform's channels: records what is posted, says what the platform says. */
  private static final class Channel implements Notifier {
    final List<Address> posts = new ArrayList<>();
    List<Reply> replies = List.of();
    Delivery next;

    @Override
    public String platform() {
      return "test";
    }

    @Override
    public Delivery deliver(Address to, List<Reply> sent) {
      posts.add(to);
      replies = sent;
      Delivery outcome = next != null ? next : new Delivery.Sent("m" + posts.size());
      next = null;
      return outcome;
    }
  }
}

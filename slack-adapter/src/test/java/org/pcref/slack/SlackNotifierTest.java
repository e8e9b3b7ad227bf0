package org.pcref.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pcref.core.message.Address;
import org.pcref.core.message.Delivery;
import org.pcref.core.message.Reply;
import org.pcref.slack.SlackStub.Answer;

class SlackNotifierTest {

  private final SlackStub slack = new SlackStub();
  private final SlackNotifier notifier =
      new SlackNotifier(client(slack), BotTokens.single("xoxb-test"));
  private final List<Reply> nudge =
      List.of(new Reply.Text("Ward 7’s check-in is due <today> & @here"));

  static Slack client(SlackStub stub) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(stub.apiUrl());
    return Slack.getInstance(config);
  }

  @AfterEach
  void stop() {
    slack.close();
  }

  @Test
  void sendsADirectMessageByOpeningTheConversationFirst() {
    Delivery delivery = notifier.deliver(Address.directMessage("slack", "T1", "U42"), nudge);

    assertThat(delivery).isInstanceOf(Delivery.Sent.class);
    assertThat(slack.calls())
        .extracting(SlackStub.Call::method)
        .containsExactly("conversations.open", "chat.postMessage");
    assertThat(slack.calls("conversations.open").get(0).param("users")).isEqualTo("U42");
    SlackStub.Call post = slack.calls("chat.postMessage").get(0);
    assertThat(post.param("channel")).startsWith("D0DM");
    assertThat(post.headers().get("authorization")).isEqualTo("Bearer xoxb-test");
    assertThat(post.param("text")).contains("&lt;today&gt; &amp; @here").doesNotContain("<today>");
  }

  @Test
  void sendsToAChannelDirectly() {
    Delivery delivery = notifier.deliver(Address.channel("slack", "T1", "C77"), nudge);

    assertThat(delivery).isInstanceOf(Delivery.Sent.class);
    assertThat(slack.calls())
        .extracting(SlackStub.Call::method)
        .containsExactly("chat.postMessage");
    assertThat(slack.calls().get(0).param("channel")).isEqualTo("C77");
  }

  @Test
  void reportsARateLimitWithTheWaitSlackAsksForAndLeavesTheNextTryToTheScheduler() {
    slack.then("chat.postMessage", Answer.rateLimited(3));

    Delivery delivery = notifier.deliver(Address.directMessage("slack", "T1", "U42"), nudge);

    assertThat(delivery)
        .isEqualTo(new Delivery.Failed("rate limited by Slack", Duration.ofSeconds(3)));
    assertThat(slack.calls("chat.postMessage")).hasSize(1);
    assertThat(notifier.deliver(Address.directMessage("slack", "T1", "U42"), nudge))
        .isInstanceOf(Delivery.Sent.class);
  }

  @Test
  void reportsALongRateLimit() {
    slack.then("chat.postMessage", Answer.rateLimited(120));

    Delivery delivery = notifier.deliver(Address.channel("slack", "T1", "C77"), nudge);

    assertThat(delivery)
        .isEqualTo(new Delivery.Failed("rate limited by Slack", Duration.ofSeconds(120)));
  }

  @Test
  void reportsAPassingErrorAfterOneTry() {
    slack.then("chat.postMessage", new Answer(503, java.util.Map.of(), "unavailable"));

    Delivery delivery = notifier.deliver(Address.channel("slack", "T1", "C77"), nudge);

    assertThat(delivery).isEqualTo(new Delivery.Failed("Slack answered HTTP 503", Duration.ZERO));
    assertThat(slack.calls("chat.postMessage")).hasSize(1);
  }

  @Test
  void reportsAnAddressThatIsGoneForGoodWithoutRetrying() {
    slack.then("chat.postMessage", Answer.ok("{\"ok\":false,\"error\":\"channel_not_found\"}"));

    Delivery delivery = notifier.deliver(Address.channel("slack", "T1", "C404"), nudge);

    assertThat(delivery).isEqualTo(new Delivery.Unreachable("channel_not_found"));
    assertThat(slack.calls("chat.postMessage")).hasSize(1);
  }

  @Test
  void reportsAWorkspaceWithoutTheApp() {
    SlackNotifier notInstalled = new SlackNotifier(client(slack), teamId -> Optional.empty());

    Delivery delivery = notInstalled.deliver(Address.channel("slack", "T9", "C1"), nudge);

    assertThat(delivery).isInstanceOf(Delivery.Unreachable.class);
    assertThat(slack.calls()).isEmpty();
  }
}

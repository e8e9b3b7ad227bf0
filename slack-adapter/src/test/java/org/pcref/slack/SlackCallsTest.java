package org.pcref.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pcref.core.message.Backoff;
import org.pcref.core.message.Delivery;
import org.pcref.slack.SlackStub.Answer;

/**
 * Answers someone is waiting for (not nudges, which their scheduler tries again) get a few quick
 * tries here, waiting by the shared backoff or as long as Slack asks.
 */
class SlackCallsTest {

  private final SlackStub slack = new SlackStub();
  private final List<Duration> waits = new ArrayList<>();
  private final SlackCalls calls =
      new SlackCalls(new Backoff(4, Duration.ofMillis(100), 2), Duration.ofSeconds(30), waits::add);
  private final MethodsClient client = SlackNotifierTest.client(slack).methods("xoxb-test");

  private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

  SlackCallsTest() {
    Metrics.addRegistry(metrics);
  }

  @AfterEach
  void stop() {
    Metrics.removeRegistry(metrics);
    slack.close();
  }

  private double counted(String outcome) {
    Counter counter =
        metrics
            .find("pcref.slack.api.calls")
            .tag("method", "chat.postMessage")
            .tag("outcome", outcome)
            .counter();
    return counter == null ? 0 : counter.count();
  }

  private SlackCalls.Outcome<ChatPostMessageResponse> post() {
    return calls.call(
        "chat.postMessage",
        () -> client.chatPostMessage(r -> r.channel("C77").text("Good means…")));
  }

  @Test
  void waitsOutARateLimitThenSends() {
    slack.then("chat.postMessage", Answer.rateLimited(3));

    assertThat(post().ok()).isTrue();
    assertThat(waits).containsExactly(Duration.ofSeconds(3));
    assertThat(slack.calls("chat.postMessage")).hasSize(2);
    assertThat(counted("ratelimited")).isEqualTo(1);
    assertThat(counted("ok")).isEqualTo(1);
  }

  @Test
  void reportsARateLimitLongerThanItWaits() {
    slack.then("chat.postMessage", Answer.rateLimited(120));

    assertThat(post().failure())
        .isEqualTo(new Delivery.Failed("rate limited by Slack", Duration.ofSeconds(120)));
    assertThat(waits).isEmpty();
  }

  @Test
  void retriesPassingErrorsWithGrowingBackoffThenReportsTheFailure() {
    for (int i = 0; i < 4; i++) {
      slack.then("chat.postMessage", new Answer(503, Map.of(), "unavailable"));
    }

    assertThat(post().failure())
        .isEqualTo(new Delivery.Failed("Slack answered HTTP 503", Duration.ZERO));
    assertThat(waits)
        .containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
    assertThat(slack.calls("chat.postMessage")).hasSize(4);
    assertThat(counted("failed")).isEqualTo(4);
  }

  @Test
  void doesNotRetryAnErrorThatWaitingWillNotCure() {
    slack.then("chat.postMessage", Answer.ok("{\"ok\":false,\"error\":\"msg_too_long\"}"));

    assertThat(post().failure()).isEqualTo(new Delivery.Failed("msg_too_long", Duration.ZERO));
    assertThat(waits).isEmpty();
    assertThat(slack.calls("chat.postMessage")).hasSize(1);
  }
}

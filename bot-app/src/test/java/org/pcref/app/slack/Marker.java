package org.pcref.app.slack;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.pcref.slack.SlackStub;

/**
 * A question sent after the requests under test, to know when they have been fully handled. The
 * Slack apps in these tests run one turn at a time, in the order the requests came ({@link
 * #THREADS}): once the marker's answer has reached Slack, everything the requests before it were
 * going to send has been sent. A test that checks that nothing was sent waits for the marker, never
 * for a while: a slow machine makes it slower, not wrongly green.
 */
final class Marker {

  /** {@code pcref.slack.threads} for the apps that use markers. */
  static final String THREADS = "1";

  /**
   * Each marker asks in a direct message of its own, so that its answer is told from any other's.
   */
  private static final String CHANNEL = "D0MARKER";

  private static final AtomicInteger COUNT = new AtomicInteger();

  private Marker() {}

  /** Asks a question in a direct message of its own and returns its answer once Slack has it. */
  static SlackStub.Call sendAndAwait(SlackRequests requests, SlackStub slack) {
    String channel = CHANNEL + COUNT.incrementAndGet();
    String event =
        "{\"type\":\"message\",\"channel_type\":\"im\",\"user\":\"U0MARKER\",\"text\":\"define co-learning\","
            + "\"ts\":\"1700000000.000900\",\"channel\":\""
            + channel
            + "\",\"event_ts\":\"1700000000.000900\"}";
    requests.event(SlackStub.TEAM, "Ev-marker-" + UUID.randomUUID(), event, Map.of());
    return slack
        .await(
            call -> isMarker(call) && channel.equals(call.param("channel")),
            1,
            Duration.ofSeconds(10))
        .get(0);
  }

  /** The calls to Slack other than the markers' answers. */
  static List<SlackStub.Call> without(List<SlackStub.Call> calls) {
    return calls.stream().filter(call -> !isMarker(call)).toList();
  }

  private static boolean isMarker(SlackStub.Call call) {
    return call.method().equals("chat.postMessage")
        && String.valueOf(call.param("channel")).startsWith(CHANNEL);
  }
}

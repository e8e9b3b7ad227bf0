package org.pcref.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Requests that did not come from Slack, or not like this, change nothing: they are refused with
 * 401, 400 or 413 (never a 5xx) before any handler runs, no turn starts and no call goes out to
 * Slack.
 */
class SlackEventsServletTest {

  private final SlackChat chat = new SlackChat();
  private final String checkIn =
      SlackPayloads.eventCallback(
          "Ev-checkin", chat.inDirectMessage("D1", "U1", "alex").message("checkin"));

  @AfterEach
  void stop() {
    chat.close();
  }

  @Test
  void shouldRefuseAnUnsignedRequest() {
    assertRefused(chat.requests.send(checkIn, SignedRequests.JSON, null, null, Map.of()), 401);
  }

  @Test
  void shouldRefuseAWrongSignature() {
    String now = SignedRequests.now();

    assertRefused(
        chat.requests.send(checkIn, SignedRequests.JSON, now, "v0=" + "0".repeat(64), Map.of()),
        401);
  }

  @Test
  void shouldRefuseARequestSignedWithAnotherSecret() {
    String now = SignedRequests.now();
    String otherSecret =
        new com.slack.api.app_backend.SlackSignature.Generator("not-the-secret")
            .generate(now, checkIn);

    assertRefused(
        chat.requests.send(checkIn, SignedRequests.JSON, now, otherSecret, Map.of()), 401);
  }

  @Test
  void shouldRefuseAnAlteredBody() {
    String now = SignedRequests.now();
    String signature = chat.requests.sign(now, checkIn);

    assertRefused(
        chat.requests.send(
            checkIn.replace("checkin", "export csv"),
            SignedRequests.JSON,
            now,
            signature,
            Map.of()),
        401);
  }

  @Test
  void shouldRefuseAStaleOrFutureTimestamp() {
    for (Instant when :
        new Instant[] {
          Instant.now().minus(Duration.ofMinutes(6)), Instant.now().plus(Duration.ofMinutes(6))
        }) {
      String timestamp = String.valueOf(when.getEpochSecond());

      assertRefused(
          chat.requests.send(
              checkIn,
              SignedRequests.JSON,
              timestamp,
              chat.requests.sign(timestamp, checkIn),
              Map.of()),
          401);
    }
  }

  @Test
  void shouldRefuseATimestampThatIsNotANumber() {
    assertRefused(
        chat.requests.send(checkIn, SignedRequests.JSON, "soon", "v0=abc", Map.of()), 401);
  }

  @Test
  void shouldRefuseAnOversizedBody() {
    assertRefused(
        chat.requests.post(
            "text=" + "a".repeat(SlackEventsServlet.MAX_BODY_BYTES), SignedRequests.FORM),
        413);
  }

  @Test
  void shouldRefuseSignedButMalformedBodies() {
    assertRefused(
        chat.requests.post("{\"type\":\"event_callback\",\"event\":", SignedRequests.JSON), 400);
    assertRefused(
        chat.requests.post(
            "{\"type\":\"event_callback\",\"event_id\":\"Ev-no-event\"}", SignedRequests.JSON),
        400);
    assertRefused(chat.requests.post("payload=%7Bnot+json", SignedRequests.FORM), 400);
    assertRefused(
        chat.requests.post("payload=%7B%22type%22%3A%22block_actions%22%7D", SignedRequests.FORM),
        400);
    assertRefused(chat.requests.post("hello=world", SignedRequests.FORM), 400);
  }

  @Test
  void shouldAnswerSlacksUrlVerification() {
    HttpResponse<String> verification =
        chat.requests.post(
            "{\"token\":\"legacy\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV\",\"type\":\"url_verification\"}",
            SignedRequests.JSON);

    assertThat(verification.statusCode()).isEqualTo(200);
    assertThat(verification.body()).contains("3eZbrw1aBm2rZgRNFdxV");
  }

  @Test
  void shouldLeaveAnEventForSlackToRetryWhileItCannotBeRecorded() {
    String now = SignedRequests.now();
    chat.eventLogDown(true);

    assertRefused(
        chat.requests.send(
            checkIn, SignedRequests.JSON, now, chat.requests.sign(now, checkIn), Map.of()),
        503);

    chat.eventLogDown(false);
    HttpResponse<String> retry =
        chat.requests.send(
            checkIn,
            SignedRequests.JSON,
            now,
            chat.requests.sign(now, checkIn),
            Map.of("X-Slack-Retry-Num", "1"));
    assertThat(retry.statusCode()).isEqualTo(200);
    chat.posted("D1", 1).expect("not in a team yet");
  }

  @Test
  void shouldRunASignedSlashCommandSentAgainOnlyOnce() {
    List<HttpResponse<String>> acks =
        chat.inChannel("C7", "ward-7", "U1", "alex").commandSentTwice("checkin workforce");

    assertThat(acks).extracting(HttpResponse::statusCode).containsExactly(200, 200);
    chat.awaitTurns();
    assertThat(chat.turnsStarted()).as("turns started").isEqualTo(1);
    assertThat(acks.get(1).body()).isEmpty();
  }

  /**
   * Refused with {@code status}; no turn started, and once every turn is over, no call went to
   * Slack.
   */
  private void assertRefused(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(chat.turnsStarted()).as("turns started").isZero();
    chat.awaitTurns();
    assertThat(chat.slack.calls())
        .extracting(SlackStub.Call::method)
        .as("calls to Slack")
        .doesNotContain("chat.postMessage");
  }
}

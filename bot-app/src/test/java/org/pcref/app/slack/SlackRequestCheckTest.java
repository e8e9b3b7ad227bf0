package org.pcref.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Requests that did not come from Slack, or not like this, change nothing: they are refused with
 * 401, 400 or 413 (never a 5xx) before any handler runs, and no call goes out to Slack.
 */
@ExtendWith(OutputCaptureExtension.class)
class SlackRequestCheckTest extends RunningSlackApp {

  private static final String JSON = "application/json";
  private static final String FORM = "application/x-www-form-urlencoded";

  private String dmEvent(String eventId) {
    return "{\"token\":\"legacy\",\"team_id\":\""
        + TEAM
        + "\",\"api_app_id\":\"A0APP\",\"event\":"
        + directMessage("checkin")
        + ",\"type\":\"event_callback\",\"event_id\":\""
        + eventId
        + "\",\"event_time\":1700000000}";
  }

  @Test
  void refusesAnUnsignedRequest() {
    HttpResponse<String> response =
        slack.send(dmEvent("Ev-unsigned"), JSON, new SlackRequests.Signature(null, null), Map.of());

    assertRefused(response, 401);
  }

  @Test
  void refusesAWrongSignature() {
    String body = dmEvent("Ev-wrong");
    SlackRequests.Signature real = slack.signedNow(body);

    HttpResponse<String> response =
        slack.send(
            body,
            JSON,
            new SlackRequests.Signature(real.timestamp(), "v0=" + "0".repeat(64)),
            Map.of());

    assertRefused(response, 401);
  }

  @Test
  void refusesARequestSignedWithAnotherSecret() {
    HttpResponse<String> response =
        new SlackRequests(port, "not-the-secret")
            .event(TEAM, "Ev-other-secret", directMessage("checkin"), Map.of());

    assertRefused(response, 401);
  }

  @Test
  void refusesAnAlteredBody() {
    String body = dmEvent("Ev-altered");
    SlackRequests.Signature signature = slack.signedNow(body);

    HttpResponse<String> response =
        slack.send(body.replace("checkin", "export csv"), JSON, signature, Map.of());

    assertRefused(response, 401);
  }

  @Test
  void refusesAStaleOrFutureTimestamp() {
    String body = dmEvent("Ev-stale");

    assertRefused(
        slack.send(
            body, JSON, slack.signedAt(Instant.now().minus(Duration.ofMinutes(6)), body), Map.of()),
        401);
    assertRefused(
        slack.send(
            body, JSON, slack.signedAt(Instant.now().plus(Duration.ofMinutes(6)), body), Map.of()),
        401);
  }

  @Test
  void refusesATimestampThatIsNotANumber() {
    String body = dmEvent("Ev-nan");

    HttpResponse<String> response =
        slack.send(body, JSON, new SlackRequests.Signature("soon", "v0=abc"), Map.of());

    assertRefused(response, 401);
  }

  @Test
  void refusesAnOversizedBody() {
    String body = "text=" + "a".repeat(1_100_000);

    HttpResponse<String> response = slack.post(body, FORM);

    assertRefused(response, 413);
  }

  @Test
  void refusesSignedButMalformedBodies() {
    assertRefused(slack.post("{\"type\":\"event_callback\",\"event\":", JSON), 400);
    assertRefused(
        slack.post("{\"type\":\"event_callback\",\"event_id\":\"Ev-no-event\"}", JSON), 400);
    assertRefused(slack.post("payload=%7Bnot+json", FORM), 400);
    assertRefused(slack.post("payload=%7B%22type%22%3A%22block_actions%22%7D", FORM), 400);
    assertRefused(slack.post("hello=world", FORM), 400);
  }

  @Test
  void aReplayedEventChangesNothingMore() {
    String body = dmEvent("Ev-replayed");
    SlackRequests.Signature signature = slack.signedNow(body);
    assertThat(slack.send(body, JSON, signature, Map.of()).statusCode()).isEqualTo(200);
    SLACK.await("chat.postMessage", 1);

    HttpResponse<String> replay = slack.send(body, JSON, signature, Map.of());

    assertThat(replay.statusCode()).isEqualTo(200);
    awaitHandled();
    assertThat(Marker.without(SLACK.calls("chat.postMessage"))).hasSize(1);
  }

  @Test
  void neverLogsTheTokenOrTheSigningSecret(CapturedOutput output) {
    slack.event(TEAM, "Ev-logged", directMessage("define co-production"), Map.of());
    SLACK.await("chat.postMessage", 1);
    slack.send(dmEvent("Ev-bad"), JSON, new SlackRequests.Signature("1", "v0=bad"), Map.of());

    assertThat(output.getAll()).doesNotContain(BOT_TOKEN, SlackRequests.SECRET);
  }

  /**
   * The response is a refusal, and once everything sent so far is handled, nothing went to Slack.
   */
  private void assertRefused(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    awaitHandled();
    assertThat(Marker.without(SLACK.calls())).as("calls to Slack").isEmpty();
  }
}

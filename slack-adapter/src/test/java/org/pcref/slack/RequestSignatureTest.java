package org.pcref.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The signature check agrees with Slack's own signer (Bolt's) and refuses every alteration. */
class RequestSignatureTest {

  private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private static final long NOW = 1_700_000_000L;

  private final RequestSignature check = new RequestSignature(SECRET);
  private final SlackSignature.Generator slack = new SlackSignature.Generator(SECRET);

  @Test
  void acceptsWhatSlackSigns() {
    Random random = new Random(7);
    for (int i = 0; i < 200; i++) {
      byte[] bytes = new byte[random.nextInt(2_000)];
      random.nextBytes(bytes);
      String body = new String(bytes, StandardCharsets.UTF_8) + "text=caf%C3%A9 & <@U1> ünïcode";
      String timestamp = String.valueOf(NOW + random.nextInt(600) - 300);

      assertThat(
              check.isValid(
                  timestamp,
                  body.getBytes(StandardCharsets.UTF_8),
                  slack.generate(timestamp, body),
                  NOW))
          .isTrue();
    }
  }

  @Test
  void refusesAnAlteredBodyTimestampOrSignature() {
    String body = "token=x&team_id=T1&text=define+co-learning";
    String timestamp = String.valueOf(NOW);
    String signature = slack.generate(timestamp, body);

    assertThat(
            check.isValid(timestamp, (body + " ").getBytes(StandardCharsets.UTF_8), signature, NOW))
        .isFalse();
    assertThat(
            check.isValid(
                String.valueOf(NOW - 1), body.getBytes(StandardCharsets.UTF_8), signature, NOW))
        .isFalse();
    String flipped =
        signature.substring(0, 10)
            + (signature.charAt(10) == 'a' ? 'b' : 'a')
            + signature.substring(11);
    assertThat(check.isValid(timestamp, body.getBytes(StandardCharsets.UTF_8), flipped, NOW))
        .isFalse();
    assertThat(
            check.isValid(
                timestamp,
                body.getBytes(StandardCharsets.UTF_8),
                new RequestSignatureTestSigner("other").sign(timestamp, body),
                NOW))
        .isFalse();
  }

  @Test
  void refusesTimestampsMoreThanFiveMinutesAwayEitherWay() {
    String body = "x=1";
    for (long offset : new long[] {-301, 301, -86_400, 86_400}) {
      String timestamp = String.valueOf(NOW + offset);
      assertThat(
              check.isValid(
                  timestamp,
                  body.getBytes(StandardCharsets.UTF_8),
                  slack.generate(timestamp, body),
                  NOW))
          .as("offset " + offset)
          .isFalse();
    }
  }

  @Test
  void refusesMalformedHeaders() {
    byte[] body = "x=1".getBytes(StandardCharsets.UTF_8);
    String timestamp = String.valueOf(NOW);
    String good = slack.generate(timestamp, "x=1");

    assertThat(check.isValid(null, body, good, NOW)).isFalse();
    assertThat(check.isValid(timestamp, body, null, NOW)).isFalse();
    assertThat(check.isValid("soon", body, good, NOW)).isFalse();
    assertThat(check.isValid(timestamp, body, "v1=" + good.substring(3), NOW)).isFalse();
    assertThat(check.isValid(timestamp, body, good.substring(0, 66) + "zz", NOW)).isFalse();
    assertThat(check.isValid(timestamp, body, good + "00", NOW)).isFalse();
    assertThat(check.isValid(timestamp, body, "", NOW)).isFalse();
  }

  @Test
  void readsTheTimestampAndSignatureOnlyAsSlackWritesThem() {
    String body = "x=1";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String farPast = String.valueOf(NOW + Long.MIN_VALUE);
    String plus = "+" + NOW;
    String spaced = " " + NOW;
    String arabicIndicDigits =
        String.valueOf(NOW)
            .chars()
            .mapToObj(c -> String.valueOf((char) ('\u0660' + c - '0')))
            .reduce("", String::concat);

    for (String timestamp : new String[] {farPast, plus, spaced, NOW + " ", arabicIndicDigits}) {
      assertThat(check.isValid(timestamp, bytes, slack.generate(timestamp, body), NOW))
          .as("timestamp '" + timestamp + "'")
          .isFalse();
    }
    String timestamp = String.valueOf(NOW);
    String signature = slack.generate(timestamp, body);
    assertThat(
            check.isValid(
                timestamp,
                bytes,
                "v0=" + signature.substring(3).toUpperCase(java.util.Locale.ROOT),
                NOW))
        .isFalse();
    assertThat(check.isValid(timestamp, bytes, signature, NOW)).isTrue();
  }

  /** Another app's secret. */
  private record RequestSignatureTestSigner(String secret) {
    String sign(String timestamp, String body) {
      return new SlackSignature.Generator(secret).generate(timestamp, body);
    }
  }
}

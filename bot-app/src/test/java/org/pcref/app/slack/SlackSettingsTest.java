package org.pcref.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pcref.app.slack.SlackSettings.Mode;

/** Which settings turn Slack on, and how; and that none of their values reach a log line. */
class SlackSettingsTest {

  private static SlackSettings of(
      String botToken, String secret, String clientId, String clientSecret, String appToken) {
    return new SlackSettings(
        botToken, secret, null, clientId, clientSecret, null, appToken, null, null);
  }

  @Test
  void isOffUntilAWayToConnectIsComplete() {
    assertThat(of(null, null, null, null, null).mode()).isEqualTo(Mode.OFF);
    assertThat(of("xoxb-1", null, null, null, null).mode()).isEqualTo(Mode.OFF);
    assertThat(of(null, "secret", null, null, null).mode()).isEqualTo(Mode.OFF);
    assertThat(of(null, "secret", "id", null, null).mode()).isEqualTo(Mode.OFF);
    assertThat(of(" ", " ", "", "", "").mode()).isEqualTo(Mode.OFF);
  }

  @Test
  void picksTheWayTheSettingsDescribe() {
    assertThat(of("xoxb-1", "secret", null, null, null).mode()).isEqualTo(Mode.HTTP);
    assertThat(of(null, "secret", "id", "client-secret", null).mode()).isEqualTo(Mode.OAUTH);
    assertThat(of("xoxb-1", null, null, null, "xapp-1").mode()).isEqualTo(Mode.SOCKET);
  }

  @Test
  void defaultsToSlacksApiAndTheFewestScopes() {
    SlackSettings settings = of(null, null, null, null, null);

    assertThat(settings.apiUrl()).isEqualTo("https://slack.com/api/");
    assertThat(settings.scopes())
        .isEqualTo("app_mentions:read,chat:write,commands,files:write,im:history,im:write");
    assertThat(
            new SlackSettings(
                    null, null, "http://127.0.0.1:9/api", null, null, null, null, null, null)
                .apiUrl())
        .isEqualTo("http://127.0.0.1:9/api/");
  }

  @Test
  void printsNoTokenOrSecret() {
    String printed =
        of("xoxb-secret-token", "signing-secret", "id", "client-secret", "xapp-secret").toString();

    assertThat(printed)
        .doesNotContain("xoxb-secret-token", "signing-secret", "client-secret", "xapp-secret");
  }
}

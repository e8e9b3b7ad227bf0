package org.pcref.app.slack;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Slack settings ({@code pcref.slack.*} in {@code application.yml}, each from an environment
 * variable). Which of them are set decides how Slack is connected, if at all: see {@link #mode()}.
 *
 * @param botToken {@code SLACK_BOT_TOKEN}: the bot token of the one workspace the app is in
 * @param signingSecret {@code SLACK_SIGNING_SECRET}: checks that requests come from Slack
 * @param apiUrl {@code SLACK_API_URL}: the Web API's address (tests point it at a local stub)
 * @param clientId {@code SLACK_CLIENT_ID}: with the client secret, installs in many workspaces by
 *     OAuth
 * @param clientSecret {@code SLACK_CLIENT_SECRET}
 * @param scopes the bot scopes asked for at install
 * @param appToken {@code SLACK_APP_TOKEN}: an app-level token, to connect by Socket Mode instead of
 *     HTTP
 * @param threads how many turns run at once
 * @param queue how many turns wait before Slack requests are refused as busy
 */
@ConfigurationProperties("pcref.slack")
public record SlackSettings(
    String botToken,
    String signingSecret,
    String apiUrl,
    String clientId,
    String clientSecret,
    String scopes,
    String appToken,
    Integer threads,
    Integer queue) {

  /** How the bot connects to Slack. */
  public enum Mode {
    OFF,
    /** One workspace, requests over HTTP to {@code /slack/events}. */
    HTTP,
    /** Many workspaces installed by OAuth, requests over HTTP. */
    OAUTH,
    /** One workspace, over a websocket the bot opens (no public URL). */
    SOCKET
  }

  public SlackSettings {
    botToken = blankToNull(botToken);
    signingSecret = blankToNull(signingSecret);
    apiUrl = blankToNull(apiUrl) == null ? "https://slack.com/api/" : apiUrl.strip();
    apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
    clientId = blankToNull(clientId);
    clientSecret = blankToNull(clientSecret);
    scopes =
        blankToNull(scopes) == null
            ? "app_mentions:read,chat:write,commands,files:write,im:history,im:write"
            : scopes;
    appToken = blankToNull(appToken);
    threads = threads == null ? 8 : threads;
    queue = queue == null ? 1_000 : queue;
  }

  public Mode mode() {
    if (appToken != null && botToken != null) {
      return Mode.SOCKET;
    }
    if (signingSecret != null && clientId != null && clientSecret != null) {
      return Mode.OAUTH;
    }
    if (signingSecret != null && botToken != null) {
      return Mode.HTTP;
    }
    return Mode.OFF;
  }

  /** Which settings are set, never their values: for the log. */
  @Override
  public String toString() {
    return "SlackSettings[mode=" + mode() + ", apiUrl=" + apiUrl + "]";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}

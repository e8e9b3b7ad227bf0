package org.pcref.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackOAuthAppServlet;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import javax.sql.DataSource;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.message.SeenKeys;
import org.pcref.core.privacy.Departures;

/**
 * The bot in Slack, made from plain settings with no framework around it: the Bolt app with the
 * adapter's handlers, the servlets Slack posts to, Socket Mode, and the notifier for nudges. It
 * connects one workspace with its bot token, or many workspaces that install the app by OAuth;
 * their tokens and the installs in progress are kept in the bot's database, in the tables of {@code
 * db/migration/V3__slack.sql}.
 */
public final class SlackConnection {

  /** Where Slack posts slash commands, events and button presses. */
  public static final String EVENTS_PATH = "/slack/events";

  /** Where a person starts installing the app in a workspace (OAuth). */
  public static final String INSTALL_PATH = "/slack/install";

  /** Where Slack sends the person back once they have approved the install. */
  public static final String REDIRECT_PATH = "/slack/oauth_redirect";

  private final App app;
  private final Slack slack;
  private final BotTokens tokens;
  private final String signingSecret;
  private final boolean installedByOAuth;
  private final SlackLink link;

  private SlackConnection(
      App app,
      Slack slack,
      BotTokens tokens,
      String signingSecret,
      boolean installedByOAuth,
      SlackLink link) {
    this.app = app;
    this.slack = slack;
    this.tokens = tokens;
    this.signingSecret = signingSecret;
    this.installedByOAuth = installedByOAuth;
    this.link = link;
  }

  /**
   * Whether Slack has been reached (one workspace: it answered auth.test); requests wait for it.
   */
  public boolean isConnected() {
    return link.isConnected();
  }

  /** Why Slack has not been reached yet, in one line; null once it has. */
  public String problem() {
    return link.problem();
  }

  /**
   * Starts describing a connection whose turns the core answers.
   *
   * @param executor where turns run after Slack has its ack; bounded, so a flood is refused
   *     politely
   * @param events the event ids handled already (shared by every instance of the bot)
   */
  public static Builder answering(Assistant bot, Executor executor, SeenKeys events) {
    return new Builder(bot, executor, events);
  }

  /** The rest of a connection's settings, then the way it connects. */
  public static final class Builder {

    private final Assistant bot;
    private final Executor executor;
    private final SeenKeys events;
    private SeenKeys triggers;
    private Departures departures = Departures.NONE;
    private String apiUrl = "https://slack.com/api/";
    private String signingSecret;
    private Duration firstRetry = SlackLink.FIRST_PAUSE;

    private Builder(Assistant bot, Executor executor, SeenKeys events) {
      this.bot = bot;
      this.executor = executor;
      this.events = events;
      this.triggers = events;
    }

    /**
     * Where the trigger ids of slash commands and button presses are kept, so that one sent again
     * is not run again; by default with the event ids.
     */
    public Builder triggersSeen(SeenKeys triggers) {
      this.triggers = triggers;
      return this;
    }

    /**
     * Told when a workspace uninstalls the app ({@code app_uninstalled}, {@code tokens_revoked}) or
     * installs it again; for a connection {@link #installedByOAuth}.
     */
    public Builder departures(Departures departures) {
      this.departures = departures;
      return this;
    }

    /** Slack's Web API (tests point it at a local stub); ends with a slash. */
    public Builder apiUrl(String apiUrl) {
      this.apiUrl = apiUrl;
      return this;
    }

    /** How long to wait before trying Slack again, at first, when it cannot be reached at start. */
    public Builder firstRetryAfter(Duration pause) {
      this.firstRetry = pause;
      return this;
    }

    /** Checks that requests over HTTP come from Slack; not needed by Socket Mode. */
    public Builder signingSecret(String signingSecret) {
      this.signingSecret = signingSecret;
      return this;
    }

    /** One workspace, the one {@code botToken} belongs to: over HTTP, or by {@link #socketMode}. */
    public SlackConnection oneWorkspace(String botToken) {
      Slack slack = slack();
      AppConfig config = config(slack);
      config.setSingleTeamBotToken(botToken);
      return connect(new App(config), slack, BotTokens.single(botToken), false);
    }

    /**
     * Any number of workspaces, each installing the app by OAuth through {@link #INSTALL_PATH}.
     * Their bot tokens are kept in {@code database}, sealed with a key derived from {@code
     * clientSecret}.
     *
     * @param scopes the bot scopes asked for at install, comma-separated
     */
    public SlackConnection installedByOAuth(
        String clientId, String clientSecret, String scopes, DataSource database, Clock clock) {
      Slack slack = slack();
      AppConfig config = config(slack);
      config.setClientId(clientId);
      config.setClientSecret(clientSecret);
      config.setScope(scopes);
      config.setUserScope("");
      config.setOauthInstallPath(INSTALL_PATH);
      config.setOauthRedirectUriPath(REDIRECT_PATH);
      // Straight to Slack's consent screen: no page of our own in between.
      config.setOAuthInstallPageRenderingEnabled(false);
      JdbcInstallationService installations =
          new JdbcInstallationService(database, clock, clientSecret, departures);
      App app = new App(config).asOAuthApp(true);
      app.service(installations);
      app.service(new JdbcOAuthStateService(database, clock));
      app.enableTokenRevocationHandlers();
      return connect(app, slack, installations, true);
    }

    private Slack slack() {
      SlackConfig config = new SlackConfig();
      config.setMethodsEndpointUrlPrefix(apiUrl);
      return Slack.getInstance(config);
    }

    private AppConfig config(Slack slack) {
      return AppConfig.builder()
          .slack(slack)
          .signingSecret(signingSecret)
          // SlackEventsServlet checks every signature before Bolt sees the request; no need to
          // twice.
          .requestVerificationEnabled(false)
          .build();
    }

    private SlackConnection connect(
        App app, Slack slack, BotTokens tokens, boolean installedByOAuth) {
      SlackAdapter adapter = new SlackAdapter(bot, executor, events, triggers);
      SlackLink link;
      if (installedByOAuth) {
        adapter.register(app);
        link = SlackLink.connected();
      } else {
        // Registering asks Slack who the bot is: from the background until Slack answers.
        link = SlackLink.connecting(() -> adapter.register(app), firstRetry);
      }
      return new SlackConnection(app, slack, tokens, signingSecret, installedByOAuth, link);
    }
  }

  /** {@link #EVENTS_PATH}: every request Slack sends over HTTP, checked before it is read. */
  public HttpServlet events() {
    return new SlackEventsServlet(app, signingSecret, link::isConnected);
  }

  /**
   * {@link #INSTALL_PATH} and {@link #REDIRECT_PATH}, for a connection {@link
   * Builder#installedByOAuth}.
   */
  public HttpServlet install() {
    if (!installedByOAuth) {
      throw new IllegalStateException("this Slack app is not installed by OAuth");
    }
    return new SlackOAuthAppServlet(app);
  }

  /**
   * The same requests over a websocket the bot opens with the app-level token: no public URL
   * needed.
   */
  public SocketMode socketMode(String appToken, int concurrency) {
    return new SocketMode(app, appToken, concurrency);
  }

  /** Sends nudges, with each workspace's own bot token. */
  public SlackNotifier notifier() {
    return new SlackNotifier(slack, tokens);
  }

  /** Stops trying to reach Slack, and the Bolt app's own threads. */
  public void stop() {
    link.stop();
    app.stop();
  }
}

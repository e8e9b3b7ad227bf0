package org.pcref.app.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackOAuthAppServlet;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.pcref.app.storage.Database;
import org.pcref.app.storage.JdbcSeenKeys;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.message.SeenKeys;
import org.pcref.slack.BotTokens;
import org.pcref.slack.SlackAdapter;
import org.pcref.slack.SlackEventsServlet;
import org.pcref.slack.SlackNotifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Connects the bot to Slack when it is configured (see {@link SlackSettings#mode()}): the Bolt app
 * with the adapter's handlers, {@code POST /slack/events}, and the Slack notifier. When it is not,
 * one log line says so and how to turn it on.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SlackSettings.class)
public class SlackConfiguration {

  public static final String EVENTS_PATH = "/slack/events";
  public static final String INSTALL_PATH = "/slack/install";
  public static final String REDIRECT_PATH = "/slack/oauth_redirect";

  /** The event ids handled, in the table {@code V3__slack.sql} creates. */
  static final JdbcSeenKeys.Table EVENTS_HANDLED = new JdbcSeenKeys.Table("slack_event", "event_id", "received_at");

  private static final Logger LOG = LoggerFactory.getLogger(SlackConfiguration.class);

  @Bean
  SlackSwitch slackSwitch(SlackSettings settings) {
    if (settings.mode() == SlackSettings.Mode.OFF) {
      LOG.info("Slack is off: set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN (one workspace), or SLACK_SIGNING_SECRET, "
          + "SLACK_CLIENT_ID and SLACK_CLIENT_SECRET (install by OAuth), or SLACK_APP_TOKEN and SLACK_BOT_TOKEN (Socket Mode)");
    } else {
      LOG.info("Slack is on ({} mode), Web API at {}", settings.mode(), settings.apiUrl());
    }
    return new SlackSwitch(settings.mode());
  }

  /** Whether Slack is on, and how; made once at start, which is when the one log line is written. */
  public record SlackSwitch(SlackSettings.Mode mode) {}

  /** The stores of an app installed by OAuth, or nulls for one workspace. */
  record SlackInstallations(JdbcInstallationService installations, JdbcOAuthStateService states) {}

  /** The Slack beans, made only when Slack is configured. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnSlackMode
  static class SlackOn {

    @Bean
    Slack slackApi(SlackSettings settings) {
      SlackConfig config = new SlackConfig();
      config.setMethodsEndpointUrlPrefix(settings.apiUrl());
      return Slack.getInstance(config);
    }

    @Bean(destroyMethod = "shutdown")
    ThreadPoolExecutor slackExecutor(SlackSettings settings) {
      AtomicInteger count = new AtomicInteger();
      ThreadPoolExecutor executor = new ThreadPoolExecutor(settings.threads(), settings.threads(), 60, TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(settings.queue()), r -> {
            Thread thread = new Thread(r, "slack-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });
      executor.allowCoreThreadTimeOut(true);
      return executor;
    }

    /** The events handled, shared by every instance on the same database. */
    @Bean
    SeenKeys slackEventLog(Database database, Clock clock) {
      return new JdbcSeenKeys(database.dataSource(), clock, EVENTS_HANDLED);
    }

    @Bean
    SlackInstallations slackInstallations(SlackSettings settings, Database database, Clock clock) {
      if (settings.mode() != SlackSettings.Mode.OAUTH) {
        return new SlackInstallations(null, null);
      }
      return new SlackInstallations(
          new JdbcInstallationService(database.dataSource(), clock, settings.clientSecret()),
          new JdbcOAuthStateService(database.dataSource(), clock));
    }

    @Bean
    BotTokens slackBotTokens(SlackSettings settings, SlackInstallations slackInstallations) {
      return slackInstallations.installations() != null ? slackInstallations.installations() : BotTokens.single(settings.botToken());
    }

    @Bean(destroyMethod = "stop")
    App slackApp(SlackSettings settings, Slack slackApi, Assistant bot, ThreadPoolExecutor slackExecutor, SeenKeys slackEventLog,
        SlackInstallations slackInstallations) {
      AppConfig config = AppConfig.builder()
          .slack(slackApi)
          .signingSecret(settings.signingSecret())
          // SlackEventsServlet checks every signature before Bolt sees the request; no need to twice.
          .requestVerificationEnabled(false)
          .build();
      App app;
      if (settings.mode() == SlackSettings.Mode.OAUTH) {
        config.setClientId(settings.clientId());
        config.setClientSecret(settings.clientSecret());
        config.setScope(settings.scopes());
        config.setUserScope("");
        config.setOauthInstallPath(INSTALL_PATH);
        config.setOauthRedirectUriPath(REDIRECT_PATH);
        // Straight to Slack's consent screen: no page of our own in between.
        config.setOAuthInstallPageRenderingEnabled(false);
        app = new App(config).asOAuthApp(true);
        app.service(slackInstallations.installations());
        app.service(slackInstallations.states());
        app.enableTokenRevocationHandlers();
      } else {
        config.setSingleTeamBotToken(settings.botToken());
        app = new App(config);
      }
      return new SlackAdapter(bot, slackExecutor, slackEventLog).register(app);
    }

    @Bean
    @ConditionalOnSlackMode(SlackSettings.Mode.OAUTH)
    ServletRegistrationBean<SlackOAuthAppServlet> slackInstall(App slackApp) {
      ServletRegistrationBean<SlackOAuthAppServlet> registration =
          new ServletRegistrationBean<>(new SlackOAuthAppServlet(slackApp), INSTALL_PATH, REDIRECT_PATH);
      registration.setName("slackInstall");
      return registration;
    }

    @Bean
    @ConditionalOnSlackMode({SlackSettings.Mode.HTTP, SlackSettings.Mode.OAUTH})
    ServletRegistrationBean<SlackEventsServlet> slackEvents(App slackApp, SlackSettings settings) {
      ServletRegistrationBean<SlackEventsServlet> registration =
          new ServletRegistrationBean<>(new SlackEventsServlet(slackApp, settings.signingSecret()), EVENTS_PATH);
      registration.setName("slackEvents");
      return registration;
    }

    @Bean
    @ConditionalOnSlackMode(SlackSettings.Mode.SOCKET)
    SlackSocketMode slackSocketMode(App slackApp, SlackSettings settings) {
      return new SlackSocketMode(slackApp, settings.appToken(), settings.threads());
    }

    @Bean
    SlackNotifier slackNotifier(Slack slackApi, BotTokens slackBotTokens) {
      return new SlackNotifier(slackApi, slackBotTokens);
    }
  }
}

package org.pcref.app.slack;

import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.pcref.app.logs.TurnIds;
import org.pcref.app.metrics.BotMetrics;
import org.pcref.app.storage.Database;
import org.pcref.app.storage.JdbcDepartures;
import org.pcref.app.storage.JdbcSeenKeys;
import org.pcref.app.storage.RecentKeys;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.message.SeenKeys;
import org.pcref.slack.SlackConnection;
import org.pcref.slack.SlackNotifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Connects the bot to Slack when it is configured (see {@link SlackSettings#mode()}): the adapter's
 * {@link SlackConnection} made from the settings, its servlets at {@code /slack/...} or its Socket
 * Mode started with the server, and its notifier among the server's. When it is not, one log line
 * says so and how to turn it on.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SlackSettings.class)
public class SlackConfiguration {

  /** The event ids handled, in the table {@code V3__slack.sql} creates. */
  static final JdbcSeenKeys.Table EVENTS_HANDLED =
      new JdbcSeenKeys.Table("slack_event", "event_id", "received_at");

  private static final Logger LOG = LoggerFactory.getLogger(SlackConfiguration.class);

  @Bean
  SlackSwitch slackSwitch(SlackSettings settings) {
    if (settings.mode() == SlackSettings.Mode.OFF) {
      LOG.info(
          "Slack is off: set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN (one workspace), or SLACK_SIGNING_SECRET, "
              + "SLACK_CLIENT_ID and SLACK_CLIENT_SECRET (install by OAuth), or SLACK_APP_TOKEN and SLACK_BOT_TOKEN (Socket Mode)");
    } else {
      LOG.info("Slack is on ({} mode), Web API at {}", settings.mode(), settings.apiUrl());
    }
    return new SlackSwitch(settings.mode());
  }

  /**
   * Whether Slack is on, and how; made once at start, which is when the one log line is written.
   */
  public record SlackSwitch(SlackSettings.Mode mode) {}

  /** The Slack beans, made only when Slack is configured. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnSlackMode
  static class SlackOn {

    @Bean(destroyMethod = "shutdown")
    ThreadPoolExecutor slackExecutor(SlackSettings settings) {
      AtomicInteger count = new AtomicInteger();
      ThreadPoolExecutor executor =
          new ThreadPoolExecutor(
              settings.threads(),
              settings.threads(),
              60,
              TimeUnit.SECONDS,
              new ArrayBlockingQueue<>(settings.queue()),
              r -> {
                Thread thread = new Thread(r, "slack-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
              }) {
            @Override
            public void execute(Runnable turn) {
              // The turn goes on after the acknowledgement, under the same id in the log.
              super.execute(TurnIds.carried(turn));
            }
          };
      executor.allowCoreThreadTimeOut(true);
      return executor;
    }

    /** Turns acknowledged to Slack finish on shutdown, within ten seconds. */
    @Bean
    SlackTurnsFinish slackTurnsFinish(ThreadPoolExecutor slackExecutor) {
      return new SlackTurnsFinish(slackExecutor, Duration.ofSeconds(10));
    }

    /** The events handled, shared by every instance on the same database. */
    @Bean
    SeenKeys slackEventLog(Database database, Clock clock, BotMetrics metrics) {
      return new JdbcSeenKeys(
          database.dataSource(), clock, EVENTS_HANDLED, metrics.duplicates("slack"));
    }

    @Bean(destroyMethod = "stop")
    SlackConnection slackConnection(
        SlackSettings settings,
        Assistant bot,
        ThreadPoolExecutor slackExecutor,
        SeenKeys slackEventLog,
        Database database,
        Clock clock,
        BotMetrics metrics) {
      SlackConnection.Builder slack =
          SlackConnection.answering(bot, slackExecutor, slackEventLog)
              .apiUrl(settings.apiUrl())
              .signingSecret(settings.signingSecret());
      if (database.ownedByThisServer()) {
        // A replayed command is refused by its timestamp after five minutes; until then, memory
        // suffices.
        slack.triggersSeen(
            metrics.countingDuplicates("slack", new RecentKeys(Duration.ofMinutes(6), clock)));
      }
      if (settings.mode() == SlackSettings.Mode.OAUTH) {
        return slack
            .departures(new JdbcDepartures(database.dataSource()))
            .installedByOAuth(
                settings.clientId(),
                settings.clientSecret(),
                settings.scopes(),
                database.dataSource(),
                clock);
      }
      return slack.oneWorkspace(settings.botToken());
    }

    /** Slack in /actuator/health: down, with the reason, until the bot has reached it. */
    @Bean
    HealthIndicator slackHealthIndicator(SlackConnection slackConnection) {
      return () ->
          slackConnection.isConnected()
              ? Health.up().build()
              : Health.down().withDetail("reason", slackConnection.problem()).build();
    }

    @Bean
    @ConditionalOnSlackMode(SlackSettings.Mode.OAUTH)
    ServletRegistrationBean<HttpServlet> slackInstall(SlackConnection slackConnection) {
      ServletRegistrationBean<HttpServlet> registration =
          new ServletRegistrationBean<>(
              slackConnection.install(),
              SlackConnection.INSTALL_PATH,
              SlackConnection.REDIRECT_PATH);
      registration.setName("slackInstall");
      return registration;
    }

    @Bean
    @ConditionalOnSlackMode({SlackSettings.Mode.HTTP, SlackSettings.Mode.OAUTH})
    ServletRegistrationBean<HttpServlet> slackEvents(SlackConnection slackConnection) {
      ServletRegistrationBean<HttpServlet> registration =
          new ServletRegistrationBean<>(slackConnection.events(), SlackConnection.EVENTS_PATH);
      registration.setName("slackEvents");
      return registration;
    }

    @Bean
    @ConditionalOnSlackMode(SlackSettings.Mode.SOCKET)
    SlackSocketMode slackSocketMode(SlackConnection slackConnection, SlackSettings settings) {
      return new SlackSocketMode(
          slackConnection.socketMode(settings.appToken(), settings.threads()));
    }

    @Bean
    SlackNotifier slackNotifier(SlackConnection slackConnection) {
      return slackConnection.notifier();
    }
  }
}

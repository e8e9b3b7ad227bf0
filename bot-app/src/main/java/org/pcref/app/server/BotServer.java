package org.pcref.app.server;

import java.time.Clock;
import java.time.Duration;
import org.pcref.app.logs.TurnIds;
import org.pcref.app.msteams.TeamsConfiguration;
import org.pcref.app.settings.Settings;
import org.pcref.app.slack.SlackConfiguration;
import org.pcref.app.storage.Database;
import org.pcref.app.storage.IdleConversations;
import org.pcref.core.audit.AuditTrail;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.conversation.ConversationStore;
import org.pcref.core.download.DownloadLinks;
import org.pcref.core.picture.TrustPicture;
import org.pcref.core.privacy.DataProtection;
import org.pcref.core.privacy.Handover;
import org.pcref.core.reminder.NudgeStore;
import org.pcref.core.round.RoundSettings;
import org.pcref.core.round.RoundStore;
import org.pcref.core.team.TeamStore;
import org.pcref.framework.Framework;
import org.pcref.web.BoardConfiguration;
import org.pcref.web.LinkKey;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * The chat server: Spring Boot with the bot wired from the framework (see {@link
 * FrameworkInitializer}), the nudge scheduler (see {@link NudgeConfiguration}), {@code
 * /actuator/health}, Slack ({@link SlackConfiguration}) and Teams' {@code /api/messages} ({@link
 * TeamsConfiguration}), and the web board at {@code /} ({@link BoardConfiguration}).
 */
@SpringBootApplication
@Import({SlackConfiguration.class, TeamsConfiguration.class, BoardConfiguration.class})
public class BotServer {

  /** The name the download links' key is kept under in the database. */
  static final String DOWNLOAD_LINKS_SECRET = "download-links";

  /**
   * Starts the server and returns 0 once it is up, or 1 if it could not start; why has been
   * reported by then, on standard error or in the log.
   */
  public static int start(String[] args) {
    try {
      SpringApplication.run(BotServer.class, args);
      return 0;
    } catch (RuntimeException e) {
      return 1;
    }
  }

  /** Every request's log lines name its turn (see {@link TurnIds}), first of all filters. */
  @Bean
  FilterRegistrationBean<TurnIds> turnIds() {
    FilterRegistrationBean<TurnIds> registration = new FilterRegistrationBean<>(new TurnIds());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  Settings settings(Environment environment) {
    return new Settings(environment::getProperty);
  }

  /**
   * The bot's database: the H2 file under pcref.data-dir, held by this server alone, or
   * pcref.database.url (PostgreSQL), which several servers may share.
   */
  @Bean(destroyMethod = "close")
  Database database(Settings settings) {
    return Database.openForServer(settings.database(null));
  }

  /** Conversations that carry nothing any more are deleted once an hour. */
  @Bean(destroyMethod = "close")
  IdleConversations idleConversations(Database database, Clock clock) {
    return new IdleConversations(database, clock);
  }

  /** The database in /actuator/health: down when it does not answer within two seconds. */
  @Bean
  HealthIndicator databaseHealthIndicator(Database database) {
    return () ->
        database.answersWithin(Duration.ofSeconds(2)) ? Health.up().build() : Health.down().build();
  }

  @Bean
  ConversationStore conversationStore(Database database) {
    return database.conversations();
  }

  @Bean
  TeamStore teamStore(Database database) {
    return database.teams();
  }

  @Bean
  NudgeStore nudgeStore(Database database) {
    return database.nudges();
  }

  /** The trust-wide picture for the board, read from the same database. */
  @Bean
  TrustPicture trustPicture(Database database) {
    return database.trustPicture();
  }

  @Bean
  CheckInSettings checkInSettings(Settings settings) {
    return settings.checkIns();
  }

  @Bean
  RoundStore roundStore(Database database) {
    return database.rounds();
  }

  /** The audit trail, in the database every instance shares. */
  @Bean
  AuditTrail auditTrail(Database database) {
    return database.audit();
  }

  /**
   * People's data rights and the audit trail: {@code my data} hands files over in chat (a download
   * link from the board would be another {@link Handover}).
   */
  @Bean
  DataProtection dataProtection(Database database, AuditTrail auditTrail, Settings settings) {
    return new DataProtection(
        auditTrail, database.personalData(), settings.admins(), Handover.AS_FILES);
  }

  /** Round settings, for the board's team pages as for the chat. */
  @Bean
  RoundSettings roundSettings(Settings settings) {
    return settings.rounds();
  }

  /**
   * The key that signs the chat's download links when {@code pcref.board.link-secret} is not set:
   * made once and kept in the database, so every instance sharing it agrees on the key.
   */
  @Bean
  LinkKey linkKey(Database database) {
    return () -> database.secrets().secret(DOWNLOAD_LINKS_SECRET, 32);
  }

  @Bean
  Assistant bot(
      Framework framework,
      ConversationStore conversationStore,
      TeamStore teamStore,
      NudgeStore nudgeStore,
      RoundStore roundStore,
      CheckInSettings checkIns,
      RoundSettings roundSettings,
      ObjectProvider<DownloadLinks> downloadLinks,
      Clock clock,
      DataProtection dataProtection) {
    Assistant bot =
        new Assistant(
            framework,
            conversationStore,
            teamStore,
            nudgeStore,
            roundStore,
            checkIns,
            roundSettings,
            clock,
            dataProtection);
    // With the board's public address set, export answers with a link to the board's download.
    bot.offerDownloads(downloadLinks.getIfAvailable(() -> DownloadLinks.NONE));
    bot.showWays(org.pcref.slack.SlackAdapter.PLATFORM, org.pcref.slack.SlackAdapter.WAYS);
    bot.showWays(org.pcref.msteams.TeamsEndpoint.PLATFORM, org.pcref.msteams.TeamsEndpoint.WAYS);
    return bot;
  }
}

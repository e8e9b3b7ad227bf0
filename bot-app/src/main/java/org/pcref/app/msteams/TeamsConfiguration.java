package org.pcref.app.msteams;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import org.pcref.app.metrics.BotMetrics;
import org.pcref.app.storage.Database;
import org.pcref.app.storage.JdbcDepartures;
import org.pcref.app.storage.JdbcSeenKeys;
import org.pcref.core.conversation.Assistant;
import org.pcref.msteams.ConversationReferences;
import org.pcref.msteams.JdbcConversationReferences;
import org.pcref.msteams.TeamsAdapter;
import org.pcref.msteams.TeamsEndpoint;
import org.pcref.msteams.TeamsNotifier;
import org.pcref.msteams.TeamsSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The Teams adapter's beans, from {@link TeamsProperties}, and the /api/messages endpoint. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TeamsProperties.class)
@Import(TeamsController.class)
public class TeamsConfiguration {

  private static final Logger LOG = System.getLogger(TeamsConfiguration.class.getName());

  /** The activities handled, in the table {@code V4__teams.sql} creates. */
  static final JdbcSeenKeys.Table ACTIVITIES_HANDLED =
      new JdbcSeenKeys.Table("teams_seen_activity", "activity_key", "seen_at");

  @Bean
  TeamsSettings teamsSettings(TeamsProperties p) {
    TeamsSettings settings =
        new TeamsSettings(
            p.appId(),
            p.appPassword(),
            p.appTenantId(),
            p.openidMetadata(),
            new HashSet<>(orEmpty(p.allowedTenants())),
            orEmpty(p.serviceHosts()),
            Boolean.TRUE.equals(p.emulator()));
    if (settings.off()) {
      LOG.log(
          Level.INFO,
          "Teams is off: /api/messages answers 404. Set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD to connect it"
              + " (or PCREF_TEAMS_EMULATOR=true to try it with the Bot Framework Emulator on this machine)");
    } else if (settings.emulatorMode()) {
      LOG.log(
          Level.WARNING,
          "Teams: PCREF_TEAMS_EMULATOR is on and there is no MICROSOFT_APP_ID, so /api/messages runs in Emulator mode:"
              + " requests are NOT authenticated; they are taken from this machine only and answered on loopback addresses only");
    } else {
      LOG.log(
          Level.INFO,
          "Teams: /api/messages checks Bot Framework tokens for app id "
              + settings.appId()
              + (settings.appTenantId().isEmpty()
                  ? " (multi-tenant)"
                  : " (single-tenant " + settings.appTenantId() + ")"));
    }
    return settings;
  }

  @Bean
  TeamsAdapter teamsAdapter(
      TeamsSettings settings, ObjectProvider<TeamsAdapter.Credentials> credentials) {
    TeamsAdapter.Credentials custom = credentials.getIfAvailable();
    return custom == null ? new TeamsAdapter(settings) : new TeamsAdapter(settings, custom);
  }

  /** Where nudges can reach: in the bot's database, so they survive a restart. */
  @Bean
  ConversationReferences teamsConversationReferences(Database database, Clock clock) {
    return new JdbcConversationReferences(database.dataSource(), clock);
  }

  /**
   * Activities already handled are kept in the database, shared by every instance. They are not a
   * bean of their own so that Slack's handled events stay the one {@code SeenKeys} bean. A tenant
   * whose last chat or team removes the app is recorded as departed, as a Slack workspace that
   * uninstalls it is, so the retention sweep deletes its teams in due course.
   */
  @Bean
  TeamsEndpoint teamsEndpoint(
      TeamsAdapter adapter,
      Assistant bot,
      ConversationReferences references,
      Database database,
      Clock clock,
      TeamsSettings settings,
      BotMetrics metrics) {
    JdbcSeenKeys seen = new JdbcSeenKeys(database.dataSource(), clock, ACTIVITIES_HANDLED);
    return new TeamsEndpoint(
        adapter,
        bot,
        references,
        metrics.countingDuplicates("teams", seen),
        settings,
        new JdbcDepartures(database.dataSource()),
        clock);
  }

  @Bean
  TeamsNotifier teamsNotifier(
      TeamsAdapter adapter, TeamsSettings settings, ConversationReferences references) {
    return new TeamsNotifier(adapter, settings, references);
  }

  /**
   * Teams in /actuator/health: UNKNOWN, with the reason, while the last call to Teams got no
   * answer. Teams calls the bot rather than the other way round, so this never makes the bot DOWN.
   */
  @Bean
  HealthIndicator teamsHealthIndicator(TeamsNotifier teamsNotifier, TeamsSettings settings) {
    return () ->
        settings.off()
            ? Health.unknown().withDetail("reason", "Teams is off").build()
            : teamsNotifier
                .lastCallUnanswered()
                .map(reason -> Health.unknown().withDetail("reason", reason).build())
                .orElseGet(() -> Health.up().build());
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null
        ? List.of()
        : list.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
  }
}

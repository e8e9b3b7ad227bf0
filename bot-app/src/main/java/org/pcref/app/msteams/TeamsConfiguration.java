package org.pcref.app.msteams;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.pcref.app.storage.Database;
import org.pcref.core.conversation.Assistant;
import org.pcref.msteams.ConversationReferences;
import org.pcref.msteams.JdbcConversationReferences;
import org.pcref.msteams.JdbcSeenActivities;
import org.pcref.msteams.SeenActivities;
import org.pcref.msteams.TeamsAdapter;
import org.pcref.msteams.TeamsEndpoint;
import org.pcref.msteams.TeamsNotifier;
import org.pcref.msteams.TeamsSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The Teams adapter's beans, from {@link TeamsProperties}, and the /api/messages endpoint. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TeamsProperties.class)
@Import(TeamsController.class)
public class TeamsConfiguration {

  private static final Logger LOG = System.getLogger(TeamsConfiguration.class.getName());

  /** Hosts a local Emulator answers on; allowed without an app id, when there is no token to leak. */
  private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1");

  @Bean
  TeamsSettings teamsSettings(TeamsProperties p) {
    List<String> hosts = new ArrayList<>(orEmpty(p.serviceHosts()));
    boolean emulator = p.appId() == null || p.appId().isBlank();
    if (emulator) {
      hosts.addAll(LOOPBACK);
    }
    TeamsSettings settings =
        new TeamsSettings(
            p.appId(), p.appPassword(), p.appTenantId(), p.openidMetadata(), new HashSet<>(orEmpty(p.allowedTenants())), hosts);
    if (settings.emulatorMode()) {
      LOG.log(Level.WARNING, "Teams: no MICROSOFT_APP_ID, so /api/messages runs in Emulator mode: requests are NOT authenticated (for the Bot Framework Emulator only)");
    } else {
      LOG.log(Level.INFO, "Teams: /api/messages checks Bot Framework tokens for app id " + settings.appId()
          + (settings.appTenantId().isEmpty() ? " (multi-tenant)" : " (single-tenant " + settings.appTenantId() + ")"));
    }
    return settings;
  }

  @Bean
  TeamsAdapter teamsAdapter(TeamsSettings settings, ObjectProvider<TeamsAdapter.Credentials> credentials) {
    TeamsAdapter.Credentials custom = credentials.getIfAvailable();
    return custom == null ? new TeamsAdapter(settings) : new TeamsAdapter(settings, custom);
  }

  /** Where nudges can reach: in the bot's database, so they survive a restart. */
  @Bean
  ConversationReferences teamsConversationReferences(Database database, Clock clock) {
    return new JdbcConversationReferences(database.dataSource(), clock);
  }

  /** Activities already handled, shared by every instance on the same database. */
  @Bean
  SeenActivities teamsSeenActivities(Database database, Clock clock) {
    return new JdbcSeenActivities(database.dataSource(), clock);
  }

  @Bean
  TeamsEndpoint teamsEndpoint(
      TeamsAdapter adapter, Assistant bot, ConversationReferences references, SeenActivities seen, TeamsSettings settings) {
    return new TeamsEndpoint(adapter, bot, references, seen, settings);
  }

  @Bean
  TeamsNotifier teamsNotifier(TeamsAdapter adapter, TeamsSettings settings, ConversationReferences references) {
    return new TeamsNotifier(adapter, settings, references);
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
  }
}

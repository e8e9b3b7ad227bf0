package org.pcref.app.server;

import java.time.Clock;
import org.pcref.app.metrics.BotMetrics;
import org.pcref.app.nudge.LogNotifier;
import org.pcref.app.nudge.NudgeEngine;
import org.pcref.app.settings.Settings;
import org.pcref.app.storage.Database;
import org.pcref.core.conversation.ConversationStore;
import org.pcref.core.message.Notifier;
import org.pcref.core.reminder.NudgeStore;
import org.pcref.core.reminder.Reminders;
import org.pcref.core.team.TeamStore;
import org.pcref.framework.Framework;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Nudges in the server: the core's reminders with every {@link Notifier} the platform adapters
 * provide (the log for the rest), and, unless {@code pcref.nudges.enabled} is false, the scheduler
 * that runs them, started once the server is up and stopped with it.
 */
@Configuration(proxyBeanMethods = false)
class NudgeConfiguration {

  @Bean
  Reminders reminders(
      Framework framework,
      TeamStore teams,
      ConversationStore conversations,
      NudgeStore nudges,
      ObjectProvider<Notifier> notifiers,
      Clock clock) {
    return new Reminders(
        framework,
        teams,
        conversations,
        nudges,
        notifiers.orderedStream().toList(),
        new LogNotifier(),
        clock);
  }

  @Bean(destroyMethod = "stop")
  @ConditionalOnProperty(name = "pcref.nudges.enabled", havingValue = "true", matchIfMissing = true)
  NudgeEngine nudgeEngine(
      Database database, Reminders reminders, Clock clock, Settings settings, BotMetrics metrics) {
    return new NudgeEngine(database.dataSource(), reminders, clock, settings.nudges(), metrics);
  }

  @Bean
  @ConditionalOnProperty(name = "pcref.nudges.enabled", havingValue = "true", matchIfMissing = true)
  ApplicationListener<ApplicationReadyEvent> nudgesStartWhenTheServerIsUp(NudgeEngine engine) {
    return ready -> engine.start();
  }
}

package org.pcref.app.server;

import java.time.Clock;
import org.pcref.app.metrics.BotMetrics;
import org.pcref.app.nudge.LogNotifier;
import org.pcref.app.nudge.NudgeEngine;
import org.pcref.app.settings.Settings;
import org.pcref.app.storage.Database;
import org.pcref.app.storage.JdbcExpiredData;
import org.pcref.core.audit.AuditTrail;
import org.pcref.core.conversation.ConversationStore;
import org.pcref.core.conversation.OwedToChannels;
import org.pcref.core.message.Notifier;
import org.pcref.core.privacy.RetentionSweep;
import org.pcref.core.reminder.NudgeStore;
import org.pcref.core.reminder.Reminders;
import org.pcref.core.round.RoundStore;
import org.pcref.core.round.RoundSweep;
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
 * that runs them, started once the server is up and stopped with it; the same scheduler runs the
 * daily retention sweep.
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

  /** Summaries owed to channels after a stop mid-turn, posted by the same notifiers. */
  @Bean(destroyMethod = "close")
  OwedSummaries owedSummaries(
      ConversationStore conversations, ObjectProvider<Notifier> notifiers, Clock clock) {
    return new OwedSummaries(
        new OwedToChannels(conversations, notifiers.orderedStream().toList(), clock));
  }

  @Bean
  ApplicationListener<ApplicationReadyEvent> owedSummariesStartWhenTheServerIsUp(
      OwedSummaries owed) {
    return ready -> owed.start();
  }

  /** The team rounds' halfway reminders and closings, through the same notifiers. */
  @Bean
  RoundSweep roundSweep(
      Framework framework,
      TeamStore teams,
      RoundStore rounds,
      NudgeStore nudges,
      ObjectProvider<Notifier> notifiers,
      Settings settings,
      Clock clock) {
    return new RoundSweep(
        framework,
        teams,
        rounds,
        nudges,
        notifiers.orderedStream().toList(),
        new LogNotifier(),
        settings.rounds(),
        clock);
  }

  @Bean(destroyMethod = "stop")
  @ConditionalOnProperty(name = "pcref.nudges.enabled", havingValue = "true", matchIfMissing = true)
  NudgeEngine nudgeEngine(
      Database database,
      Reminders reminders,
      RoundSweep rounds,
      Clock clock,
      Settings settings,
      BotMetrics metrics,
      RetentionSweep retention) {
    return new NudgeEngine(
        database.dataSource(),
        reminders,
        rounds,
        clock,
        settings.nudges(),
        metrics,
        retention::run);
  }

  /**
   * What is past its retention time ({@code pcref.retention.*}) is deleted once a day, by the same
   * cluster-safe scheduler.
   */
  @Bean
  RetentionSweep retentionSweep(
      Database database, AuditTrail auditTrail, Settings settings, Clock clock) {
    return new RetentionSweep(
        new JdbcExpiredData(database.dataSource()), auditTrail, settings.retention(), clock);
  }

  @Bean
  @ConditionalOnProperty(name = "pcref.nudges.enabled", havingValue = "true", matchIfMissing = true)
  ApplicationListener<ApplicationReadyEvent> nudgesStartWhenTheServerIsUp(NudgeEngine engine) {
    return ready -> engine.start();
  }
}

package org.pcref.app.server;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import org.pcref.app.metrics.BotMetrics;
import org.pcref.app.storage.Database;
import org.pcref.core.conversation.Assistant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bot's metrics in the server's registry: every turn the bot takes, and the database's
 * connection pool ({@code hikaricp_connections_...}), beside the JVM, HTTP and executor metrics
 * Spring Boot records by itself.
 */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

  @Bean
  BotMetrics botMetrics(MeterRegistry registry, Assistant bot, Database database) {
    BotMetrics metrics = new BotMetrics(registry);
    bot.observe(metrics);
    // The pool is the bot's own, not a Spring DataSource bean, so Boot does not bind it.
    if (database.dataSource() instanceof HikariDataSource pool
        && pool.getMetricsTrackerFactory() == null
        && pool.getMetricRegistry() == null) {
      pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
    }
    return metrics;
  }
}

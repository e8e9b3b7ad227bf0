package org.pcref.app.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import org.pcref.core.conversation.TurnObserver;
import org.pcref.core.message.SeenKeys;

/**
 * Counts what the bot does, in Prometheus' names: {@code pcref_turns_seconds} (a histogram, by
 * platform and kind), {@code pcref_checkins_total} (by platform and event), {@code
 * pcref_nudges_total} (by platform and outcome) and {@code pcref_events_deduplicated_total} (by
 * platform). Slack's and Teams' API calls are counted by their adapters, as {@code
 * pcref_slack_api_calls_total} and {@code pcref_teams_api_calls_total}.
 */
public final class BotMetrics implements TurnObserver {

  /** What became of a nudge delivery. */
  public enum NudgeOutcome {
    /** Planned and scheduled to be sent. */
    DUE,
    SENT,
    /** Not sent, for good: the address is gone, or the tries are used up. */
    FAILED,
    /** A try that failed for now; the scheduler tries again after its backoff. */
    RETRIED
  }

  private final MeterRegistry registry;

  public BotMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Metrics that nobody reads: for tools and tests that run without a server. */
  public static BotMetrics none() {
    return new BotMetrics(new SimpleMeterRegistry());
  }

  @Override
  public void turnTaken(TakenTurn turn) {
    Timer.builder("pcref.turns")
        .description("Turns taken: a message or button press answered")
        .tag("platform", turn.platform())
        .tag("kind", name(turn.kind()))
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(10))
        .register(registry)
        .record(turn.took());
    for (CheckInChange change : turn.changes()) {
      Counter.builder("pcref.checkins")
          .description("Check-ins started, finished, paused and expired")
          .tag("platform", turn.platform())
          .tag("event", name(change))
          .register(registry)
          .increment();
    }
  }

  /** One nudge delivery to {@code platform} came to {@code outcome}. */
  public void nudge(String platform, NudgeOutcome outcome) {
    Counter.builder("pcref.nudges")
        .description("Nudge deliveries due, sent, failed for good, and tries that failed for now")
        .tag("platform", platform)
        .tag("outcome", name(outcome))
        .register(registry)
        .increment();
  }

  /** {@code seen}, counting every key it has seen before: a platform's retry or duplicate. */
  public SeenKeys countingDuplicates(String platform, SeenKeys seen) {
    Runnable duplicate = duplicates(platform);
    return key -> {
      boolean first = seen.firstTime(key);
      if (!first) {
        duplicate.run();
      }
      return first;
    };
  }

  /** Counts one delivery of {@code platform} seen before and not handled again, each time run. */
  public Runnable duplicates(String platform) {
    return Counter.builder("pcref.events.deduplicated")
            .description(
                "Platform deliveries seen before (retries, duplicates) and not handled again")
            .tag("platform", platform)
            .register(registry)
        ::increment;
  }

  private static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

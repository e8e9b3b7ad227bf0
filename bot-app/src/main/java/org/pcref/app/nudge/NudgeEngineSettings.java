package org.pcref.app.nudge;

import java.time.Duration;
import java.util.Objects;

/**
 * How the nudge scheduler runs.
 *
 * @param sweepEvery how often to look for nudges that have come due ({@code
 *     pcref.nudges.sweep-every})
 * @param pollingInterval how often an instance looks for deliveries scheduled by another
 * @param heartbeatInterval how often an instance tells the others it is still running its
 *     deliveries
 * @param missedHeartbeats after this many missed heartbeats its deliveries are run again elsewhere
 *     (the others look for such every two heartbeat intervals)
 * @param threads how many deliveries an instance runs at once
 * @param shutdownGrace how long a stopping instance lets deliveries under way finish
 * @param instanceName this instance's name in the scheduler's table
 */
public record NudgeEngineSettings(
    Duration sweepEvery,
    Duration pollingInterval,
    Duration heartbeatInterval,
    int missedHeartbeats,
    int threads,
    Duration shutdownGrace,
    String instanceName) {

  /**
   * A minute between sweeps; polling as db-scheduler advises; an instance silent for 3 minutes is
   * taken for dead, which the others check every minute, and its deliveries run again elsewhere (so
   * within about four minutes); a short grace on shutdown.
   */
  public static NudgeEngineSettings defaults(String instanceName) {
    return new NudgeEngineSettings(
        Duration.ofMinutes(1),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        6,
        4,
        Duration.ofSeconds(5),
        instanceName);
  }

  /** This process's name among the instances: host name and process id. */
  public static String thisProcess() {
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      host = "localhost";
    }
    return host + "-" + ProcessHandle.current().pid();
  }

  public NudgeEngineSettings {
    Objects.requireNonNull(sweepEvery, "sweepEvery");
    Objects.requireNonNull(pollingInterval, "pollingInterval");
    Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
    Objects.requireNonNull(shutdownGrace, "shutdownGrace");
    Objects.requireNonNull(instanceName, "instanceName");
    if (sweepEvery.isNegative() || sweepEvery.isZero()) {
      throw new IllegalArgumentException("pcref.nudges.sweep-every must be longer than zero");
    }
    if (threads < 1 || missedHeartbeats < 4) {
      throw new IllegalArgumentException(
          "a nudge scheduler needs a thread and a limit of at least 4 missed heartbeats");
    }
  }

  public NudgeEngineSettings sweepingEvery(Duration every) {
    return new NudgeEngineSettings(
        every,
        pollingInterval,
        heartbeatInterval,
        missedHeartbeats,
        threads,
        shutdownGrace,
        instanceName);
  }

  /** Shorter intervals all round: for tests and the benchmark. */
  public NudgeEngineSettings polling(Duration polling, Duration heartbeat, int missed) {
    return new NudgeEngineSettings(
        sweepEvery, polling, heartbeat, missed, threads, shutdownGrace, instanceName);
  }

  public NudgeEngineSettings withThreads(int count) {
    return new NudgeEngineSettings(
        sweepEvery,
        pollingInterval,
        heartbeatInterval,
        missedHeartbeats,
        count,
        shutdownGrace,
        instanceName);
  }
}

package org.pcref.app.slack;

import java.util.UUID;

/** Databases for the Slack servers' tests. */
final class Databases {

  private Databases() {}

  /**
   * The URL of a fresh in-memory H2 database, kept while the JVM runs so several instances can
   * share it.
   */
  static String memoryUrl(String name) {
    return "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  }
}

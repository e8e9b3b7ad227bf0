package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pcref.core.message.SeenKeys;

/**
 * What the application's {@link SeenKeys} must do, on each database and in each table the platforms
 * keep their deliveries in: Slack's events and Teams' activities.
 */
abstract class SeenKeysContract {

  static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  static Stream<JdbcSeenKeys.Table> tables() {
    return Stream.of(
        new JdbcSeenKeys.Table("slack_event", "event_id", "received_at"),
        new JdbcSeenKeys.Table("teams_seen_activity", "activity_key", "seen_at"));
  }

  /** A database with the schema, for one test. */
  abstract DataSource emptyDatabase();

  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  private static String newKey() {
    return "Ev" + UUID.randomUUID();
  }

  @ParameterizedTest
  @MethodSource("tables")
  void shouldSeeAKeyForTheFirstTimeOnlyOnce(JdbcSeenKeys.Table table) {
    DataSource database = emptyDatabase();
    SeenKeys oneInstance = new JdbcSeenKeys(database, clock, table);
    SeenKeys anotherInstance = new JdbcSeenKeys(database, clock, table);
    String key = newKey();

    assertThat(oneInstance.firstTime(key)).isTrue();
    assertThat(oneInstance.firstTime(key)).isFalse();
    assertThat(anotherInstance.firstTime(key)).as("another instance").isFalse();
    assertThat(anotherInstance.firstTime(newKey())).as("another key").isTrue();
  }

  @ParameterizedTest
  @MethodSource("tables")
  void shouldLetExactlyOneOfManyInstancesRacingOnOneKeySeeItFirst(JdbcSeenKeys.Table table)
      throws Exception {
    DataSource database = emptyDatabase();
    String key = newKey();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> racers = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        racers.add(() -> new JdbcSeenKeys(database, clock, table).firstTime(key));
      }
      long winners = 0;
      for (Future<Boolean> result : pool.invokeAll(racers)) {
        winners += result.get() ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Only a duplicate key means "seen before": any other refusal must not pass for one. */
  @ParameterizedTest
  @MethodSource("tables")
  void shouldNotTakeARefusalOtherThanADuplicateForAKeySeenBefore(JdbcSeenKeys.Table table) {
    SeenKeys seen = new JdbcSeenKeys(emptyDatabase(), clock, table);

    // No key at all breaks the NOT NULL constraint: an integrity error (SQL state 23502), not a
    // duplicate (23505).
    assertThatThrownBy(() -> seen.firstTime(null))
        .isInstanceOf(SeenKeys.Unavailable.class)
        .hasMessageContaining(table.name());
    assertThat(seen.firstTime(newKey())).isTrue();
  }

  @ParameterizedTest
  @MethodSource("tables")
  void shouldForgetKeysOlderThanADayAndKeepTheRest(JdbcSeenKeys.Table table) throws SQLException {
    DataSource database = emptyDatabase();
    String old = newKey();
    String recent = newKey();
    new JdbcSeenKeys(database, clock, table).firstTime(old);
    new JdbcSeenKeys(database, Clock.offset(clock, JdbcSeenKeys.KEPT), table).firstTime(recent);

    new JdbcSeenKeys(database, clock, table).purge(NOW.plusSeconds(1));

    assertThat(stored(database, table, old)).isFalse();
    assertThat(stored(database, table, recent)).isTrue();
  }

  private static boolean stored(DataSource database, JdbcSeenKeys.Table table, String key)
      throws SQLException {
    try (Connection c = database.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT COUNT(*) FROM " + table.name() + " WHERE " + table.keyColumn() + " = ?")) {
      select.setString(1, key);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getInt(1) == 1;
      }
    }
  }
}

package org.pcref.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
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

/** The events log on H2 and on PostgreSQL. */
class JdbcEventLogTest {

  static Stream<DataSource> databases() {
    return Stream.of(Databases.h2(), Databases.postgres());
  }

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest
  @MethodSource("databases")
  void anEventIsNewOnlyTheFirstTime(DataSource database) {
    JdbcEventLog log = new JdbcEventLog(database, clock);
    String id = "Ev" + UUID.randomUUID();

    assertThat(log.firstTime(id)).isTrue();
    assertThat(log.firstTime(id)).isFalse();
    assertThat(new JdbcEventLog(database, clock).firstTime(id)).as("another instance").isFalse();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void ofManyInstancesRacingOnOneEventExactlyOneWins(DataSource database) throws Exception {
    String id = "Ev" + UUID.randomUUID();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> racers = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        racers.add(() -> new JdbcEventLog(database, clock).firstTime(id));
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

  @ParameterizedTest
  @MethodSource("databases")
  void forgetsEventsOlderThanADay(DataSource database) throws SQLException {
    JdbcEventLog log = new JdbcEventLog(database, clock);
    String old = "Ev" + UUID.randomUUID();
    log.firstTime(old);

    log.purge(clock.instant().plusSeconds(1));

    try (Connection c = database.getConnection();
        ResultSet rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM slack_event WHERE event_id = '" + old + "'")) {
      rows.next();
      assertThat(rows.getInt(1)).isZero();
    }
  }
}

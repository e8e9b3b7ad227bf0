package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL, work whose loss in a crash of the database is harmless commits without waiting for
 * the disk, and only that work: the connection goes back to the pool as durable as it came.
 */
class RelaxedCommitsTest {

  private final DataSource database = TestDatabases.sharedPostgres().emptyDatabase();

  /**
   * The test server does not wait for the disk at all; each of its connections here is made to, as
   * a production server does, once, when first lent: a setting that leaked would stay.
   */
  private final DataSource durable = durableOnFirstUse(database);

  private final Transactions db = new Transactions(durable);

  @Test
  void relaxedWorkCommitsWithoutWaitingForTheDisk() {
    assertThat(db.relaxed("read the setting", RelaxedCommitsTest::synchronousCommit))
        .isEqualTo("off");
  }

  @Test
  void everythingElseStillWaitsForTheDisk() {
    db.relaxed("read the setting", RelaxedCommitsTest::synchronousCommit);

    assertThat(db.autoCommit("read the setting", RelaxedCommitsTest::synchronousCommit))
        .isEqualTo("on");
    assertThat(db.write("read the setting", RelaxedCommitsTest::synchronousCommit)).isEqualTo("on");
  }

  @Test
  void aSeenKeyIsSeenByAnotherInstanceAtOnceAndLeavesTheConnectionDurable() {
    JdbcSeenKeys one = new JdbcSeenKeys(durable, java.time.Clock.systemUTC(), SEEN);
    JdbcSeenKeys other = new JdbcSeenKeys(durable, java.time.Clock.systemUTC(), SEEN);

    assertThat(one.firstTime("trigger:13345224609.738474920.8088930838d88f008e0")).isTrue();
    assertThat(other.firstTime("trigger:13345224609.738474920.8088930838d88f008e0")).isFalse();
    assertThat(db.autoCommit("read the setting", RelaxedCommitsTest::synchronousCommit))
        .isEqualTo("on");
  }

  private static final JdbcSeenKeys.Table SEEN =
      new JdbcSeenKeys.Table("slack_event", "event_id", "received_at");

  private static DataSource durableOnFirstUse(DataSource pool) {
    Set<Connection> seen = ConcurrentHashMap.newKeySet();
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = method.invoke(pool, args);
              if (result instanceof Connection c && seen.add(c.unwrap(Connection.class))) {
                try (Statement statement = c.createStatement()) {
                  statement.execute("SET synchronous_commit TO on");
                }
              }
              return result;
            });
  }

  private static String synchronousCommit(Connection c) throws SQLException {
    try (Statement statement = c.createStatement();
        ResultSet row = statement.executeQuery("SHOW synchronous_commit")) {
      row.next();
      return row.getString(1);
    }
  }
}

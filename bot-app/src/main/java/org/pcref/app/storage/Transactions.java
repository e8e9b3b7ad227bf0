package org.pcref.app.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Runs JDBC work on a pooled connection, in a transaction that commits or rolls back whole. */
final class Transactions {

  /** SQL:2003 "unique violation", as both H2 and PostgreSQL report a duplicate key. */
  private static final String UNIQUE_VIOLATION = "23505";

  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;
  private volatile Boolean postgres;

  Transactions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** One statement or several in auto-commit mode, for work that is atomic by itself. */
  <T> T autoCommit(String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StorageException("could not " + what, e);
    }
  }

  /**
   * Work whose loss in a crash of the database itself is harmless, so that it need not wait for its
   * commit to reach the disk: a record that a delivery was seen, a follow-up context. On PostgreSQL
   * its transaction commits asynchronously (the row is visible to every instance at once, and
   * written to disk within a fraction of a second); elsewhere it runs in auto-commit mode.
   */
  <T> T relaxed(String what, Work<T> work) {
    if (!isPostgres()) {
      return autoCommit(what, work);
    }
    // Isolation and read-only mode stay as they are (one round trip each, there and back): the
    // work is one statement or a batch, and BEGIN goes with its first statement.
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        try (Statement statement = connection.createStatement()) {
          statement.execute("SET LOCAL synchronous_commit TO OFF");
        }
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollback(connection, e);
        throw e;
      } finally {
        try {
          connection.setAutoCommit(true);
        } catch (SQLException e) {
          // The connection is broken; the pool finds that out on its own and discards it.
        }
      }
    } catch (SQLException e) {
      throw new StorageException("could not " + what, e);
    }
  }

  /** Whether {@code other} works on the same pool of connections. */
  boolean sameDatabaseAs(Transactions other) {
    return dataSource == other.dataSource;
  }

  /** Whether this is PostgreSQL: asked of the database once, then known. */
  boolean isPostgres() {
    Boolean known = postgres;
    if (known == null) {
      known =
          autoCommit(
              "find out which database this is",
              c -> "PostgreSQL".equals(c.getMetaData().getDatabaseProductName()));
      postgres = known;
    }
    return known;
  }

  /**
   * Reads from one snapshot, so that a team read in several queries is never half of one save and
   * half of the next.
   */
  <T> T read(String what, Work<T> work) {
    return inTransaction(what, Connection.TRANSACTION_REPEATABLE_READ, true, work);
  }

  /** Writes all or nothing: any exception, checked or not, rolls the work back. */
  <T> T write(String what, Work<T> work) {
    return inTransaction(what, Connection.TRANSACTION_READ_COMMITTED, false, work);
  }

  private <T> T inTransaction(String what, int isolation, boolean readOnly, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      int previousIsolation = connection.getTransactionIsolation();
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(isolation);
      connection.setReadOnly(readOnly);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollback(connection, e);
        throw e;
      } finally {
        restore(connection, previousIsolation, autoCommit);
      }
    } catch (SQLException e) {
      throw new StorageException("could not " + what, e);
    }
  }

  /** A pool may lend this connection out again: leave it as it was lent. */
  private static void restore(Connection connection, int isolation, boolean autoCommit) {
    try {
      connection.setReadOnly(false);
      connection.setTransactionIsolation(isolation);
      connection.setAutoCommit(autoCommit);
    } catch (SQLException e) {
      // The connection is broken; the pool finds that out on its own and discards it.
    }
  }

  private static void rollback(Connection connection, Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** Whether this failure, or one it wraps, is a duplicate primary or unique key. */
  static boolean isUniqueViolation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
          if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}

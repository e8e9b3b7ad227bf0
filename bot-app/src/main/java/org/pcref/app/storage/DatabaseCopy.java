package org.pcref.app.storage;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Copies every row of the bot's tables from one database to another whose schema is at the same
 * version and whose tables are all empty (the embedded H2 file to a new PostgreSQL, say), in one
 * transaction, then checks that each table holds as many rows in both. Tables are found in the
 * source, so tables added by later migrations are copied too.
 */
public final class DatabaseCopy {

  /** Flyway's own record of the migrations: each database keeps its own. */
  private static final String MIGRATIONS_TABLE = "flyway_schema_history";

  private static final int BATCH = 500;

  /** Rows copied, by table, in the order they were copied. */
  public record Report(Map<String, Long> rows) {}

  /** The target already holds data; nothing was copied. */
  public static final class TargetNotEmpty extends RuntimeException {
    TargetNotEmpty(String table, long rows) {
      super(
          "the target database is not empty (table "
              + table
              + " has "
              + rows
              + " rows); migrate copies only into an empty database");
    }
  }

  private DatabaseCopy() {}

  /**
   * Copies {@code from} into {@code to}.
   *
   * @throws TargetNotEmpty when any of the bot's tables in {@code to} has a row
   * @throws StorageException when the copy fails, or the counts differ after it; the target is then
   *     left as it was
   */
  public static Report copy(DataSource from, DataSource to) {
    try (Connection source = from.getConnection();
        Connection target = to.getConnection()) {
      source.setReadOnly(true);
      source.setAutoCommit(false);
      // One snapshot of the source for the whole copy, where the database offers it.
      source.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      List<String> tables = inCopyOrder(source);
      for (String table : tables) {
        long rows = count(target, table);
        if (rows > 0) {
          throw new TargetNotEmpty(table, rows);
        }
      }
      target.setAutoCommit(false);
      Map<String, Long> copied = new LinkedHashMap<>();
      try {
        for (String table : tables) {
          copied.put(table, copyTable(source, target, table));
        }
        restartIdentities(source, target, tables);
        for (String table : tables) {
          long there = count(target, table);
          if (there != copied.get(table) || count(source, table) != there) {
            throw new StorageException(
                "table "
                    + table
                    + " has "
                    + there
                    + " rows after the copy, not "
                    + copied.get(table),
                null);
          }
        }
        target.commit();
      } catch (SQLException | RuntimeException e) {
        target.rollback();
        throw e;
      }
      source.commit();
      return new Report(copied);
    } catch (SQLException e) {
      throw new StorageException("could not copy the database: " + e.getMessage(), e);
    }
  }

  /** The bot's tables, each after the tables its foreign keys refer to. */
  private static List<String> inCopyOrder(Connection source) throws SQLException {
    DatabaseMetaData meta = source.getMetaData();
    Map<String, Set<String>> refersTo = new LinkedHashMap<>();
    try (ResultSet rows = meta.getTables(null, source.getSchema(), "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        String table = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (!table.equals(MIGRATIONS_TABLE)) {
          refersTo.put(table, new LinkedHashSet<>());
        }
      }
    }
    for (Map.Entry<String, Set<String>> table : refersTo.entrySet()) {
      try (ResultSet keys =
          meta.getImportedKeys(null, source.getSchema(), table.getKey().toUpperCase(Locale.ROOT))) {
        while (keys.next()) {
          table.getValue().add(keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
        }
      }
    }
    List<String> ordered = new ArrayList<>();
    while (ordered.size() < refersTo.size()) {
      int before = ordered.size();
      for (Map.Entry<String, Set<String>> table : refersTo.entrySet()) {
        if (!ordered.contains(table.getKey()) && ordered.containsAll(table.getValue())) {
          ordered.add(table.getKey());
        }
      }
      if (ordered.size() == before) {
        throw new StorageException("the tables' foreign keys go round in a circle", null);
      }
    }
    return ordered;
  }

  private static long copyTable(Connection source, Connection target, String table)
      throws SQLException {
    try (Statement read = source.createStatement();
        ResultSet rows = read.executeQuery("SELECT * FROM " + table)) {
      int columns = rows.getMetaData().getColumnCount();
      List<String> names = new ArrayList<>();
      for (int i = 1; i <= columns; i++) {
        names.add(rows.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
      }
      String insert =
          "INSERT INTO "
              + table
              + " ("
              + String.join(", ", names)
              + ") VALUES ("
              + String.join(", ", java.util.Collections.nCopies(columns, "?"))
              + ")";
      long copied = 0;
      try (PreparedStatement write = target.prepareStatement(insert)) {
        while (rows.next()) {
          for (int i = 1; i <= columns; i++) {
            write.setObject(i, rows.getObject(i));
          }
          write.addBatch();
          if (++copied % BATCH == 0) {
            write.executeBatch();
          }
        }
        write.executeBatch();
      }
      return copied;
    }
  }

  /**
   * Identity columns (ratings' order) go on from the highest value copied, so the next row the
   * server adds does not collide with a copied one.
   */
  private static void restartIdentities(Connection source, Connection target, List<String> tables)
      throws SQLException {
    if (!"PostgreSQL".equals(target.getMetaData().getDatabaseProductName())) {
      return;
    }
    for (String table : tables) {
      try (ResultSet columns =
          source
              .getMetaData()
              .getColumns(null, source.getSchema(), table.toUpperCase(Locale.ROOT), "%")) {
        while (columns.next()) {
          if ("YES".equals(columns.getString("IS_AUTOINCREMENT"))) {
            String column = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
            try (Statement statement = target.createStatement()) {
              statement.execute(
                  "SELECT setval(pg_get_serial_sequence('"
                      + table
                      + "', '"
                      + column
                      + "'), COALESCE(MAX("
                      + column
                      + "), 0) + 1, false) FROM "
                      + table);
            }
          }
        }
      }
    }
  }

  private static long count(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}

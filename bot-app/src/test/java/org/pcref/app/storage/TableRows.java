package org.pcref.app.storage;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * What the database holds, read plainly for the tests that must see every table: a query's rows as
 * text, and every value of every column of every table, so a table added later is read too.
 */
final class TableRows {

  private final DataSource database;

  TableRows(DataSource database) {
    this.database = database;
  }

  /** The query's rows, each as its columns joined by {@code " | "}. */
  List<String> rows(String sql) throws SQLException {
    List<String> result = new ArrayList<>();
    try (Connection c = database.getConnection();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(rows.getString(i));
        }
        result.add(String.join(" | ", row));
      }
    }
    return result;
  }

  void execute(String sql) throws SQLException {
    try (Connection c = database.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  /** The application's tables, in lower case. */
  List<String> tables() throws SQLException {
    return named().stream().map(table -> table.toLowerCase(Locale.ROOT)).toList();
  }

  /** The application's tables, named as the database names them (H2 in upper case). */
  private List<String> named() throws SQLException {
    return rows(
        "SELECT table_name FROM information_schema.tables WHERE LOWER(table_schema) = 'public'"
            + " AND table_type IN ('BASE TABLE', 'TABLE')");
  }

  /**
   * Every value of every column of every table but {@code except}, as {@code table.column = value}.
   */
  List<String> everyValue(String... except) throws SQLException {
    List<String> skipped = List.of(except);
    List<String> values = new ArrayList<>();
    try (Connection c = database.getConnection()) {
      for (String name : named()) {
        String table = name.toLowerCase(Locale.ROOT);
        if (skipped.contains(table)) {
          continue;
        }
        try (Statement s = c.createStatement();
            ResultSet rows = s.executeQuery("SELECT * FROM \"" + name + "\"")) {
          ResultSetMetaData meta = rows.getMetaData();
          while (rows.next()) {
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              Object value = rows.getObject(i);
              String text =
                  value instanceof byte[] bytes
                      ? new String(bytes, StandardCharsets.UTF_8)
                      : String.valueOf(value);
              values.add(
                  table + "." + meta.getColumnName(i).toLowerCase(Locale.ROOT) + " = " + text);
            }
          }
        }
      }
    }
    return values;
  }
}

package org.pcref.app.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Whether a database already has every migration, read from Flyway's history table in one query.
 * Starting Flyway costs most of a second (it scans the classpath), which a terminal command that
 * answers one question should not pay when there is nothing to migrate.
 */
final class SchemaVersion {

  /** The highest {@code V<n>__} migration in {@code db/migration}; a test keeps the two in step. */
  static final int LATEST = 10;

  private SchemaVersion() {}

  static boolean isCurrent(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")) {
      int highest = 0;
      while (rows.next()) {
        String version = rows.getString(1);
        if (version != null && version.matches("\\d+")) {
          highest = Math.max(highest, Integer.parseInt(version));
        }
      }
      return highest == LATEST;
    } catch (SQLException noHistoryYet) {
      return false;
    }
  }
}

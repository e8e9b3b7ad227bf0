package org.pcref.app.terminal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.pcref.app.settings.Settings;
import org.pcref.app.storage.Database;
import org.pcref.app.storage.DatabaseCopy;
import org.pcref.app.storage.DatabaseSettings;
import org.pcref.app.storage.EmbeddedBackup;

/**
 * The commands that look after the embedded database: {@code migrate --to URL} (to PostgreSQL, once
 * the bot outgrows one instance), {@code backup FILE} and {@code restore FILE}.
 */
final class Upkeep {

  private final Settings settings;
  private final PrintStream out;

  Upkeep(Settings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
  }

  void run(Invocation command) {
    Path dataDir = dataDir(command);
    switch (command.kind()) {
      case MIGRATE -> migrate(dataDir, command.target());
      case BACKUP -> {
        EmbeddedBackup.backup(dataDir, Path.of(command.target()));
        out.println("Backed up " + dataDir.toAbsolutePath() + " to " + command.target());
      }
      case RESTORE -> {
        Path replaced =
            EmbeddedBackup.restore(Path.of(command.target()), dataDir, Clock.systemUTC());
        try (Database restored = Database.open(DatabaseSettings.embedded(dataDir))) {
          // Opening it proves the file and its password belong together, and brings its schema up
          // to this version's.
        }
        out.println(
            "Restored "
                + command.target()
                + " to "
                + dataDir.toAbsolutePath()
                + (replaced == null ? "" : "; the database it replaced is kept as " + replaced));
      }
      default -> throw new IllegalStateException("not an upkeep command: " + command.kind());
    }
  }

  /**
   * Copies the embedded database to the empty database at {@code url}, whose user and password are
   * the settings' ({@code PCREF_DATABASE_USER}, {@code PCREF_DATABASE_PASSWORD}) unless the URL
   * names them. The server must be stopped: the copy is of one moment.
   */
  private void migrate(Path dataDir, String url) {
    if (!url.startsWith("jdbc:") || url.startsWith("jdbc:h2:")) {
      throw new IllegalArgumentException(
          "migrate copies the embedded database to another one, e.g. --to jdbc:postgresql://db:5432/pcref; not to "
              + url.replaceAll("[;?].*$", ""));
    }
    if (!Files.isRegularFile(dataDir.resolve("pcref.mv.db"))) {
      throw new IllegalArgumentException("there is no database in " + dataDir.toAbsolutePath());
    }
    DatabaseSettings shared =
        new DatabaseSettings(
            url, settings.get(DatabaseSettings.USER), settings.get(DatabaseSettings.PASSWORD));
    try (Database from = Database.openForServer(DatabaseSettings.embedded(dataDir));
        Database to = Database.open(shared)) {
      DatabaseCopy.Report report = DatabaseCopy.copy(from.dataSource(), to.dataSource());
      long total = 0;
      for (Map.Entry<String, Long> table : report.rows().entrySet()) {
        out.printf("%-32s %8d rows%n", table.getKey(), table.getValue());
        total += table.getValue();
      }
      out.println(
          "Copied "
              + total
              + " rows in "
              + report.rows().size()
              + " tables; every table holds as many rows in both. Set PCREF_DATABASE_URL="
              + url.replaceAll("[?].*$", "")
              + " and start the bot.");
    }
  }

  private Path dataDir(Invocation command) {
    if (command.dataDir() != null) {
      return Path.of(command.dataDir());
    }
    String setting = settings.get(DatabaseSettings.DATA_DIR);
    return setting == null || setting.isBlank()
        ? DatabaseSettings.DEFAULT_DATA_DIR
        : Path.of(setting.strip());
  }
}

package org.pcref.app.storage;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which database to use: by default an H2 file under the data folder, which needs nothing installed
 * and survives restarts; or any JDBC URL (PostgreSQL for production and for several instances
 * sharing one database).
 *
 * @param url the JDBC URL
 * @param user the user name, or empty
 * @param password the password, or empty
 */
public record DatabaseSettings(String url, String user, String password) {

  /** The setting naming a JDBC URL; when empty, the embedded H2 file is used. */
  public static final String URL = "pcref.database.url";

  public static final String USER = "pcref.database.user";
  public static final String PASSWORD = "pcref.database.password";

  /** The setting naming the folder of the embedded database. */
  public static final String DATA_DIR = "pcref.data-dir";

  public static final Path DEFAULT_DATA_DIR = Path.of("data");

  public DatabaseSettings {
    Objects.requireNonNull(url, "url");
    user = user == null ? "" : user;
    password = password == null ? "" : password;
  }

  /**
   * The H2 file {@code <dataDir>/pcref}. AUTO_SERVER lets a terminal chat and a running server
   * share it: the first process to open the file serves it to the others, on the loopback address
   * only, to those who know the password kept in the owner-only folder (see {@link Database}: the
   * password is the folder's, not this record's). No trace file: H2 would print its own stack trace
   * when it cannot write one. No write delay: every commit reaches the file at once, so an answer
   * confirmed to the user survives the process being killed.
   */
  public static DatabaseSettings embedded(Path dataDir) {
    return new DatabaseSettings(
        "jdbc:h2:file:"
            + dataDir.toAbsolutePath()
            + "/pcref;AUTO_SERVER=TRUE;TRACE_LEVEL_FILE=0;WRITE_DELAY=0",
        "sa",
        "");
  }

  /**
   * From named settings ({@link #URL}, {@link #USER}, {@link #PASSWORD}, {@link #DATA_DIR}), each
   * looked up by {@code setting} (a Spring environment, system properties, ...), which returns null
   * or empty for one that is not set.
   */
  public static DatabaseSettings from(Function<String, String> setting) {
    String url = setting.apply(URL);
    if (url == null || url.isBlank()) {
      String dataDir = setting.apply(DATA_DIR);
      return embedded(
          dataDir == null || dataDir.isBlank() ? DEFAULT_DATA_DIR : Path.of(dataDir.strip()));
    }
    return new DatabaseSettings(url.strip(), setting.apply(USER), setting.apply(PASSWORD));
  }

  /** The folder of the embedded H2 file made by {@link #embedded}, or empty for any other URL. */
  public Optional<Path> dataFolder() {
    String prefix = "jdbc:h2:file:";
    String file = "/pcref;";
    int end = url.indexOf(file);
    if (!url.startsWith(prefix) || end < 0 || url.indexOf(';') != end + file.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(Path.of(url.substring(prefix.length(), end)));
  }

  public boolean isEmbedded() {
    return url.startsWith("jdbc:h2:");
  }

  /** The URL without credentials or options, for logs and messages. */
  @Override
  public String toString() {
    int options = url.indexOf(';');
    int query = url.indexOf('?');
    int end = options >= 0 ? options : query >= 0 ? query : url.length();
    return "DatabaseSettings[" + url.substring(0, end) + ", user=" + user + "]";
  }
}

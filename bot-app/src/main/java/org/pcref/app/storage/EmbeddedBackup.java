package org.pcref.app.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Backs up the embedded H2 file while the server runs, and restores it while the server is stopped.
 * A backup is a zip of H2's own online backup (consistent: H2 copies its transaction log with the
 * file) and the data folder's password, without which the file cannot be opened.
 */
public final class EmbeddedBackup {

  static final String DATABASE_FILE = "pcref.mv.db";

  private EmbeddedBackup() {}

  /**
   * Writes a consistent snapshot of the database in {@code dataDir} to {@code file} (readable by
   * its owner only), through the running server if there is one.
   */
  public static void backup(Path dataDir, Path file) {
    if (!Files.isRegularFile(dataDir.resolve(DATABASE_FILE))) {
      throw new StorageException("there is no database in " + dataDir.toAbsolutePath(), null);
    }
    Path snapshot = file.toAbsolutePath().resolveSibling(file.getFileName() + ".h2.zip");
    try (Database database = Database.open(DatabaseSettings.embedded(dataDir));
        Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      Files.deleteIfExists(snapshot);
      statement.execute("BACKUP TO '" + snapshot.toString().replace("'", "''") + "'");
      writeOwnerOnly(file, snapshot, dataDir.resolve(DataFolder.PASSWORD_FILE));
    } catch (SQLException | IOException e) {
      throw new StorageException("could not back up the database: " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(snapshot);
      } catch (IOException e) {
        // A stray snapshot beside the backup is harmless; the backup itself was reported.
      }
    }
  }

  /**
   * Puts the database in {@code file} (made by {@link #backup}) in {@code dataDir}. Refuses while a
   * server uses the folder. The database it replaces is kept beside it, renamed with the time.
   *
   * @return where the replaced database was kept, or null if there was none
   */
  public static Path restore(Path file, Path dataDir, Clock clock) {
    Set<String> entries = entries(file);
    if (!entries.contains(DATABASE_FILE) || !entries.contains(DataFolder.PASSWORD_FILE)) {
      throw new StorageException(file + " is not a backup made by pcref-bot backup", null);
    }
    try (ServerLock lock = ServerLock.take(dataDir)) {
      String stamp =
          DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
              .withZone(java.time.ZoneOffset.UTC)
              .format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
      Path replaced = null;
      for (String name : Set.of(DATABASE_FILE, DataFolder.PASSWORD_FILE)) {
        Path existing = dataDir.resolve(name);
        if (Files.exists(existing)) {
          Path kept = dataDir.resolve(name + ".before-restore-" + stamp);
          Files.move(existing, kept, StandardCopyOption.REPLACE_EXISTING);
          if (name.equals(DATABASE_FILE)) {
            replaced = kept;
          }
        }
      }
      try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
          if (entry.getName().equals(DATABASE_FILE)
              || entry.getName().equals(DataFolder.PASSWORD_FILE)) {
            Files.copy(zip, dataDir.resolve(entry.getName()), StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      DataFolder.restrictFiles(dataDir);
      return replaced;
    } catch (IOException e) {
      throw new StorageException("could not restore " + file + ": " + e.getMessage(), e);
    }
  }

  private static Set<String> entries(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Set<String> names = new HashSet<>();
      zip.stream().forEach(entry -> names.add(entry.getName()));
      return names;
    } catch (IOException e) {
      throw new StorageException(file + " cannot be read as a backup: " + e.getMessage(), e);
    }
  }

  private static void writeOwnerOnly(Path file, Path snapshot, Path password) throws IOException {
    Path partial = file.toAbsolutePath().resolveSibling(file.getFileName() + ".partial");
    Files.deleteIfExists(partial);
    try {
      Files.createFile(
          partial,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(partial);
    }
    try (OutputStream out = Files.newOutputStream(partial);
        ZipOutputStream zip = new ZipOutputStream(out);
        ZipFile h2 = new ZipFile(snapshot.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(h2.entries())) {
        zip.putNextEntry(new ZipEntry(entry.getName()));
        try (InputStream in = h2.getInputStream(entry)) {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry(DataFolder.PASSWORD_FILE));
      Files.copy(password, zip);
      zip.closeEntry();
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}

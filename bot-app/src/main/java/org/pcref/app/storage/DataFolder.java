package org.pcref.app.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The embedded database's folder, kept to its owner: the folder readable by no one else (0700), its
 * files likewise (0600), and the database's password, made at random the first time, in a file only
 * the owner can read. A terminal chat and the server share the H2 file through a port on the
 * loopback address; without this password, another local user who reached that port could run code
 * inside the bot.
 */
final class DataFolder {

  static final String PASSWORD_FILE = "db.password";

  private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OWNER_ONLY_FILE =
      PosixFilePermissions.fromString("rw-------");

  private DataFolder() {}

  /**
   * Makes the folder if it is missing, keeps it to its owner, and returns the database's password.
   */
  static String secure(Path folder) {
    try {
      Files.createDirectories(folder);
      restrict(folder, OWNER_ONLY_FOLDER);
      return password(folder.resolve(PASSWORD_FILE));
    } catch (IOException e) {
      throw new StorageException("could not prepare the data folder " + folder.toAbsolutePath(), e);
    }
  }

  /** Keeps every file in the folder to its owner (H2 makes its files with the process's umask). */
  static void restrictFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(file)) {
          restrict(file, OWNER_ONLY_FILE);
        }
      }
    } catch (IOException e) {
      throw new StorageException("could not restrict the files of " + folder.toAbsolutePath(), e);
    }
  }

  private static String password(Path file) throws IOException {
    if (!Files.exists(file)) {
      byte[] random = new byte[24];
      new SecureRandom().nextBytes(random);
      String made = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      try {
        writeOwnerOnly(file, made);
      } catch (FileAlreadyExistsException madeMeanwhile) {
        // Another process (a chat starting beside the server) made it first: use theirs.
      }
    }
    restrict(file, OWNER_ONLY_FILE);
    String password = Files.readString(file, StandardCharsets.UTF_8).strip();
    if (password.isEmpty()) {
      throw new StorageException(
          "the database password file " + file.toAbsolutePath() + " is empty", null);
    }
    return password;
  }

  private static void writeOwnerOnly(Path file, String content) throws IOException {
    if (posix(file.getParent())) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
      Files.writeString(
          file, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    } else {
      Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    }
  }

  private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
    if (posix(path) && !Files.getPosixFilePermissions(path).equals(permissions)) {
      Files.setPosixFilePermissions(path, permissions);
    }
  }

  private static boolean posix(Path path) {
    return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
  }
}

package org.pcref.app.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One server per data folder: a lock on {@code server.lock} in the folder, held while the server
 * runs and released by the operating system however the process ends (even killed). A terminal chat
 * takes no lock and may share the folder with the server; a second server may not, since the first
 * remembers its conversations in memory (see {@link RememberedConversations}).
 */
public final class ServerLock implements AutoCloseable {

  static final String FILE_NAME = "server.lock";

  /**
   * The folders locked by this process. The operating system's lock belongs to the process, and
   * closing any channel to the file would drop it: a second server in this process is refused here,
   * before it opens the file.
   */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path folder;
  private final FileChannel channel;
  private final FileLock lock;

  private ServerLock(Path folder, FileChannel channel, FileLock lock) {
    this.folder = folder;
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the folder's lock, or says clearly that another server holds it. */
  static ServerLock take(Path dataDir) {
    Path folder = dataDir.toAbsolutePath().normalize();
    if (!HELD.add(folder)) {
      throw new DataFolderInUseException(dataDir);
    }
    try {
      return lock(folder, dataDir);
    } catch (RuntimeException e) {
      HELD.remove(folder);
      throw e;
    }
  }

  private static ServerLock lock(Path folder, Path dataDir) {
    Path file = folder.resolve(FILE_NAME);
    FileChannel channel = null;
    try {
      Files.createDirectories(folder);
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return new ServerLock(folder, channel, lock);
      }
    } catch (OverlappingFileLockException inThisProcess) {
      // Held in this process after all: in use all the same.
    } catch (IOException e) {
      closeQuietly(channel);
      throw new StorageException("could not lock the data folder " + dataDir.toAbsolutePath(), e);
    }
    closeQuietly(channel);
    throw new DataFolderInUseException(dataDir);
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // Released anyway when the channel closes.
    }
    closeQuietly(channel);
    HELD.remove(folder);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // Nothing more to release.
      }
    }
  }

  /** Another server already runs on this data folder. */
  public static final class DataFolderInUseException extends RuntimeException {
    DataFolderInUseException(Path dataDir) {
      super(
          "Another PCREF Bot server is already using the data folder "
              + dataDir.toAbsolutePath()
              + ". Stop it first, or give this one its own folder (PCREF_DATA_DIR). "
              + "To run several servers on one database, use PostgreSQL (PCREF_DATABASE_URL).");
    }
  }
}

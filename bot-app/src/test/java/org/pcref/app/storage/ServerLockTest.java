package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One server per data folder; a terminal chat may still share it. */
class ServerLockTest {

  @TempDir Path dataDir;

  @Test
  void aSecondServerOnTheSameDataFolderIsRefusedWithAClearMessage() {
    try (Database first = Database.openForServer(DatabaseSettings.embedded(dataDir))) {
      assertThat(first.conversations()).isInstanceOf(RememberedConversations.class);

      assertThatThrownBy(() -> Database.openForServer(DatabaseSettings.embedded(dataDir)))
          .isInstanceOf(ServerLock.DataFolderInUseException.class)
          .hasMessageContaining(
              "Another PCREF Bot server is already using the data folder "
                  + dataDir.toAbsolutePath())
          .hasMessageContaining("PostgreSQL");
    }
  }

  @Test
  void aRefusedSecondServerInTheSameProcessLeavesTheFirstOneItsLock(@TempDir Path scratch)
      throws Exception {
    try (Database first = Database.openForServer(DatabaseSettings.embedded(dataDir))) {
      assertThatThrownBy(() -> Database.openForServer(DatabaseSettings.embedded(dataDir)))
          .isInstanceOf(ServerLock.DataFolderInUseException.class);

      assertThat(anotherProcessCanLock(dataDir.resolve(ServerLock.FILE_NAME), scratch)).isFalse();
    }
    assertThat(anotherProcessCanLock(dataDir.resolve(ServerLock.FILE_NAME), scratch)).isTrue();
  }

  /**
   * Runs a one-file program in a new JVM that tries to lock {@code file} and says whether it could.
   */
  private static boolean anotherProcessCanLock(Path file, Path scratch) throws Exception {
    Path program =
        java.nio.file.Files.writeString(
            scratch.resolve("TryLock.java"),
            """
        import java.nio.channels.FileChannel;
        import java.nio.file.Path;
        import java.nio.file.StandardOpenOption;
        public class TryLock {
          public static void main(String[] args) throws Exception {
            try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE)) {
              System.out.print(channel.tryLock() != null ? "locked" : "held");
            }
          }
        }
        """);
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                program.toString(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    String said =
        new String(
            process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(said).isZero();
    return said.equals("locked");
  }

  @Test
  void theFolderIsFreeAgainOnceTheServerStops() {
    Database first = Database.openForServer(DatabaseSettings.embedded(dataDir));
    first.close();

    try (Database second = Database.openForServer(DatabaseSettings.embedded(dataDir))) {
      assertThat(second.conversations()).isInstanceOf(RememberedConversations.class);
    }
  }

  @Test
  void aTerminalChatSharesTheFolderWithTheServerAndReadsEveryTurn() {
    try (Database server = Database.openForServer(DatabaseSettings.embedded(dataDir));
        Database chat = Database.open(DatabaseSettings.embedded(dataDir))) {
      assertThat(chat.conversations()).isInstanceOf(JdbcConversationStore.class);
    }
  }

  @Test
  void serversSharingAnotherDatabaseTakeNoLockAndReadEveryTurn() {
    DatabaseSettings shared =
        new DatabaseSettings("jdbc:h2:mem:lock-test;DB_CLOSE_DELAY=-1", "sa", "");
    try (Database first = Database.openForServer(shared);
        Database second = Database.openForServer(shared)) {
      assertThat(first.conversations()).isInstanceOf(SharedConversations.class);
      assertThat(second.conversations()).isInstanceOf(SharedConversations.class);
    }
  }

  @Test
  void knowsTheDataFolderOnlyOfTheEmbeddedFile() {
    assertThat(DatabaseSettings.embedded(dataDir).dataFolder()).contains(dataDir.toAbsolutePath());
    assertThat(new DatabaseSettings("jdbc:postgresql://db/pcref", "u", "p").dataFolder()).isEmpty();
    assertThat(
            new DatabaseSettings("jdbc:h2:file:/srv/other/bot;MODE=PostgreSQL", "sa", "")
                .dataFolder())
        .isEmpty();
  }
}

package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pcref.core.team.Rating;
import org.pcref.core.team.TeamLevel;

/** The embedded database keeps to its owner: no one else can read its folder or log in to it. */
class DataFolderTest {

  private static final Instant NOW = Instant.parse("2026-06-10T14:03:07Z");

  @TempDir Path dataDir;

  @Test
  void shouldKeepTheFolderAndItsFilesToTheirOwner() throws Exception {
    Path folder = dataDir.resolve("data");
    try (Database database = Database.open(DatabaseSettings.embedded(folder))) {
      database
          .teams()
          .record(
              new Rating(
                  "r1", "t1", "co-production", TeamLevel.GOOD, "", "alex", "Alex", NOW, "c1"));

      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
          .isEqualTo("rwx------");
      try (Stream<Path> files = Files.list(folder)) {
        assertThat(files.filter(Files::isRegularFile))
            .isNotEmpty()
            .allSatisfy(
                file ->
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .as(file.getFileName().toString())
                        .isEqualTo("rw-------"));
      }
    }
  }

  @Test
  void shouldRefuseAnyoneWithoutTheFoldersPassword() {
    try (Database database = Database.open(DatabaseSettings.embedded(dataDir))) {
      String sharedFile = "jdbc:h2:file:" + dataDir.toAbsolutePath() + "/pcref;AUTO_SERVER=TRUE";

      assertThatThrownBy(() -> DriverManager.getConnection(sharedFile, "sa", "").close())
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(28000));
      assertThat(dataDir.resolve(DataFolder.PASSWORD_FILE)).isNotEmptyFile();
    }
  }

  @Test
  void shouldGiveADatabaseMadeWithoutAPasswordTheFoldersOwnAndKeepItsData() throws Exception {
    String url = "jdbc:h2:file:" + dataDir.toAbsolutePath() + "/pcref;TRACE_LEVEL_FILE=0";
    JdbcDataSource before = new JdbcDataSource();
    before.setURL(url);
    before.setUser("sa");
    before.setPassword("");
    Database.migrate(before);
    new JdbcTeamStore(before)
        .record(
            new Rating("r1", "t1", "co-production", TeamLevel.GOOD, "", "alex", "Alex", NOW, "c1"));

    try (Database database = Database.open(DatabaseSettings.embedded(dataDir))) {
      assertThat(database.teams().ratings("t1")).extracting(Rating::id).containsExactly("r1");
    }
    assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
        .isInstanceOf(SQLException.class);
  }

  @Test
  void shouldOpenAgainWithThePasswordItMade() {
    try (Database first = Database.open(DatabaseSettings.embedded(dataDir))) {
      first
          .teams()
          .record(
              new Rating(
                  "r1", "t1", "co-production", TeamLevel.GOOD, "", "alex", "Alex", NOW, "c1"));
    }
    try (Database again = Database.open(DatabaseSettings.embedded(dataDir))) {
      assertThat(again.teams().ratings("t1")).extracting(Rating::id).containsExactly("r1");
    }
  }
}

package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaVersionTest {

  /**
   * The migrations are found where Flyway finds them when the bot runs: in {@code db/migration} of
   * the application and of each platform adapter, so none may go missing from the class path.
   */
  @Test
  void latestIsTheHighestMigrationShipped() {
    JdbcDataSource empty = new JdbcDataSource();
    empty.setURL("jdbc:h2:mem:migrations-" + UUID.randomUUID());
    List<Integer> versions =
        Arrays.stream(
                Flyway.configure()
                    .dataSource(empty)
                    .locations("classpath:db/migration")
                    .load()
                    .info()
                    .all())
            .map(migration -> Integer.parseInt(migration.getVersion().getVersion()))
            .sorted()
            .toList();

    // Versions are handed out to work in progress, so a gap may stand until the work lands.
    assertThat(versions).as("the migrations on the class path").doesNotHaveDuplicates();
    assertThat(versions.get(versions.size() - 1))
        .as("the highest migration on the class path")
        .isEqualTo(SchemaVersion.LATEST);
  }

  @Test
  void aNewDatabaseIsNotCurrentAndAMigratedOneIs(@TempDir Path dir) {
    DatabaseSettings settings = DatabaseSettings.embedded(dir);
    try (Database database = Database.open(settings)) {
      assertThat(SchemaVersion.isCurrent(database.dataSource())).isTrue();
    }
    var empty = new org.h2.jdbcx.JdbcDataSource();
    empty.setURL("jdbc:h2:mem:empty");
    assertThat(SchemaVersion.isCurrent(empty)).isFalse();
  }
}

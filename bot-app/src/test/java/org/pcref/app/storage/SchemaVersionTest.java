package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaVersionTest {

  @Test
  void latestIsTheHighestMigrationShipped() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
      int highest =
          files.map(f -> f.getFileName().toString())
              .filter(name -> name.matches("V\\d+__.*\\.sql"))
              .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
              .max()
              .orElseThrow();
      assertThat(SchemaVersion.LATEST).as("SchemaVersion.LATEST").isEqualTo(highest);
    }
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

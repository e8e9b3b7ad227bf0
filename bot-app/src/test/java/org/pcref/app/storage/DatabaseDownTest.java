package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whether the database answers is told quickly, also when it does not: health must not hang. */
class DatabaseDownTest {

  @Test
  void shouldAnswerOnAnEmbeddedFile(@TempDir Path dataDir) {
    try (Database database = Database.open(DatabaseSettings.embedded(dataDir))) {
      assertThat(database.answersWithin(Duration.ofSeconds(2))).isTrue();
    }
  }

  @Test
  void shouldSayPostgresIsDownWithinTheGivenTime() throws Exception {
    EmbeddedPostgres server = EmbeddedPostgres.start();
    try (Database database =
        Database.open(
            new DatabaseSettings(server.getJdbcUrl("postgres", "postgres"), "postgres", ""))) {
      assertThat(database.answersWithin(Duration.ofSeconds(2))).isTrue();

      server.close();
      long started = System.nanoTime();
      boolean answered = database.answersWithin(Duration.ofSeconds(2));

      assertThat(answered).isFalse();
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    } finally {
      server.close();
    }
  }

  @Test
  void shouldRefuseToRecordADeliveryWithinSlacksThreeSecondsWhilePostgresIsDown() throws Exception {
    EmbeddedPostgres server = EmbeddedPostgres.start();
    try (Database database =
        Database.open(
            new DatabaseSettings(server.getJdbcUrl("postgres", "postgres"), "postgres", ""))) {
      JdbcSeenKeys events =
          new JdbcSeenKeys(
              database.dataSource(),
              java.time.Clock.systemUTC(),
              new JdbcSeenKeys.Table("slack_event", "event_id", "received_at"));
      assertThat(events.firstTime("Ev-before")).isTrue();

      server.close();
      long started = System.nanoTime();

      org.assertj.core.api.Assertions.assertThatThrownBy(() -> events.firstTime("Ev-during"))
          .isInstanceOf(org.pcref.core.message.SeenKeys.Unavailable.class);
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .isLessThan(Duration.ofMillis(2_900));
    } finally {
      server.close();
    }
  }
}

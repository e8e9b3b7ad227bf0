package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A secret the bot makes is made once, and every instance on the database reads the same. */
class BotSecretsTest {

  @TempDir Path dataDir;

  @Test
  void shouldKeepOneSecretForEveryInstanceOnH2() throws Exception {
    try (Database database = Database.open(DatabaseSettings.embedded(dataDir))) {
      sharesOneSecret(database.dataSource());
    }
  }

  @Test
  void shouldKeepOneSecretForEveryInstanceOnPostgres() throws Exception {
    sharesOneSecret(TestDatabases.sharedPostgres().emptyDatabase());
  }

  private static void sharesOneSecret(DataSource dataSource) throws Exception {
    JdbcBotSecrets one = new JdbcBotSecrets(dataSource, Clock.systemUTC());
    JdbcBotSecrets another = new JdbcBotSecrets(dataSource, Clock.systemUTC());
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch together = new CountDownLatch(1);
      Callable<byte[]> make =
          () -> {
            together.await();
            return one.secret("links", 32);
          };
      Callable<byte[]> makeElsewhere =
          () -> {
            together.await();
            return another.secret("links", 32);
          };
      List<Future<byte[]>> made = List.of(threads.submit(make), threads.submit(makeElsewhere));
      together.countDown();

      byte[] first = made.get(0).get();
      assertThat(first).hasSize(32);
      assertThat(made.get(1).get()).isEqualTo(first);
      assertThat(another.secret("links", 32)).isEqualTo(first);
      assertThat(one.secret("other", 32)).isNotEqualTo(first);
    } finally {
      threads.shutdownNow();
    }
  }
}

package org.pcref.msteams;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pcref.core.message.Address;
import org.pcref.msteams.ConversationReferences.StoredReference;

/**
 * Conversation references in their table, made by this module's V4__teams.sql alone, on H2 and on a
 * real PostgreSQL.
 */
class JdbcConversationReferencesTest {

  private static EmbeddedPostgres postgres;

  static Stream<String> databases() {
    return Stream.of("H2", "PostgreSQL");
  }

  private static DataSource migrated(String database) throws IOException {
    DataSource dataSource;
    if (database.equals("H2")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:refs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
      dataSource = h2;
    } else {
      if (postgres == null) {
        postgres = EmbeddedPostgres.start();
      }
      dataSource = postgres.getPostgresDatabase();
      Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
    }
    Flyway.configure().dataSource(dataSource).load().migrate();
    return dataSource;
  }

  @AfterAll
  static void stop() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  private final MovingClock clock = new MovingClock();

  private static final StoredReference CHANNEL =
      new StoredReference("tenant-1", "19:ward7@thread.tacv2", "", "{\"channel\":1}");
  private static final StoredReference ALEX_CHAT =
      new StoredReference("tenant-1", "a:alex-chat", "aad-alex", "{\"chat\":1}");

  @ParameterizedTest
  @MethodSource("databases")
  void shouldFindAChannelAndAPersonsChat(String database) throws IOException {
    ConversationReferences references = new JdbcConversationReferences(migrated(database), clock);
    references.save(CHANNEL);
    references.save(ALEX_CHAT);

    assertThat(references.find(Address.channel("teams", "tenant-1", "19:ward7@thread.tacv2")))
        .contains(CHANNEL);
    assertThat(references.find(Address.directMessage("teams", "tenant-1", "aad-alex")))
        .contains(ALEX_CHAT);
    assertThat(references.find(Address.directMessage("teams", "tenant-2", "aad-alex"))).isEmpty();
    assertThat(references.find(Address.channel("teams", "tenant-1", "a:alex-chat"))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void shouldReplaceAReferenceAndReactivateIt(String database) throws IOException {
    ConversationReferences references = new JdbcConversationReferences(migrated(database), clock);
    references.save(ALEX_CHAT);
    references.deactivate(ALEX_CHAT);
    assertThat(references.find(Address.directMessage("teams", "tenant-1", "aad-alex"))).isEmpty();

    clock.advance();
    StoredReference newer =
        new StoredReference("tenant-1", "a:alex-chat", "aad-alex", "{\"chat\":2}");
    references.save(newer);

    assertThat(references.find(Address.directMessage("teams", "tenant-1", "aad-alex")))
        .contains(newer);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void shouldPreferAPersonsMostRecentChat(String database) throws IOException {
    ConversationReferences references = new JdbcConversationReferences(migrated(database), clock);
    references.save(ALEX_CHAT);
    clock.advance();
    StoredReference later =
        new StoredReference("tenant-1", "a:alex-chat-2", "aad-alex", "{\"chat\":3}");
    references.save(later);

    assertThat(references.find(Address.directMessage("teams", "tenant-1", "aad-alex")))
        .contains(later);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void shouldSayWhetherATenantStillHasTheBotAnywhere(String database) throws IOException {
    ConversationReferences references = new JdbcConversationReferences(migrated(database), clock);
    references.save(CHANNEL);
    references.save(ALEX_CHAT);

    references.deactivate(ALEX_CHAT);
    assertThat(references.anyActive("tenant-1")).as("the channel still has it").isTrue();

    references.deactivate(CHANNEL);
    assertThat(references.anyActive("tenant-1")).isFalse();
    assertThat(references.anyActive("tenant-2")).isFalse();
  }

  /** A clock the test moves on by a minute at a time. */
  private static final class MovingClock extends Clock {
    private Instant now = Instant.parse("2026-11-26T10:00:00Z");

    void advance() {
      now = now.plus(Duration.ofMinutes(1));
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}

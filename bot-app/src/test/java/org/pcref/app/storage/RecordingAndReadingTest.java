package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pcref.core.conversation.ConversationState;
import org.pcref.core.conversation.ConversationStore.FirstLook;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.qa.QaContext;

/**
 * Servers sharing PostgreSQL record a slash command's trigger and read its conversation in one
 * statement: one round trip, where there were two. What either would do alone is unchanged: the
 * record is seen by every server at once, a trigger sent again reads nothing, and the turn is given
 * the state it would have loaded.
 */
class RecordingAndReadingTest {

  static final ConversationKey KEY = new ConversationKey("slack", "T001", "C1", "U1");
  static final ConversationKey OTHER = new ConversationKey("slack", "T001", "C1", "U2");
  static final Instant NOW = Instant.parse("2026-06-10T14:03:07.250Z");
  static final JdbcSeenKeys.Table TRIGGERS =
      new JdbcSeenKeys.Table("slack_event", "event_id", "received_at");

  private final DataSource database = TestDatabases.sharedPostgres().emptyDatabase();
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger statements = new AtomicInteger();
  private final AtomicInteger duplicates = new AtomicInteger();
  private final DataSource counted = counting(database);
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  private final JdbcSeenKeys keys =
      new JdbcSeenKeys(counted, clock, TRIGGERS, duplicates::incrementAndGet);
  private final SharedConversations conversations =
      new SharedConversations(new JdbcConversationStore(counted), null);

  @AfterEach
  void close() {
    conversations.close();
  }

  @Test
  void aNewTriggerIsRecordedAndItsConversationReadInOneStatement() {
    new JdbcConversationStore(database).save(KEY, asked("co-production"));
    conversations.peekOnce(OTHER, keys, "trigger:0"); // which database this is: asked once
    connections.set(0);
    statements.set(0);

    FirstLook look = conversations.peekOnce(KEY, keys, "trigger:1");

    assertThat(look).isEqualTo(new FirstLook(true, Optional.of(asked("co-production"))));
    assertThat(connections).hasValue(1);
    assertThat(statements).hasValue(1);
    assertThat(new JdbcSeenKeys(database, clock, TRIGGERS).firstTime("trigger:1"))
        .as("recorded for every server")
        .isFalse();
  }

  @Test
  void aConversationWithNoRowYetIsReadAsNone() {
    assertThat(conversations.peekOnce(KEY, keys, "trigger:2"))
        .isEqualTo(new FirstLook(true, Optional.empty()));
  }

  @Test
  void aTriggerSentAgainToAnyServerReadsNothingAndIsCounted() {
    SharedConversations other = new SharedConversations(new JdbcConversationStore(database), null);
    try {
      conversations.peekOnce(KEY, keys, "trigger:3");

      assertThat(conversations.peekOnce(KEY, keys, "trigger:3")).isEqualTo(FirstLook.SEEN_BEFORE);
      assertThat(other.peekOnce(KEY, new JdbcSeenKeys(database, clock, TRIGGERS), "trigger:3"))
          .isEqualTo(FirstLook.SEEN_BEFORE);
      assertThat(duplicates).hasValue(1);
    } finally {
      other.close();
    }
  }

  @Test
  void theTurnSeesTheFollowUpThisServerHasNotWrittenYet() {
    conversations.load(KEY);
    conversations.save(KEY, asked("workforce"));

    assertThat(conversations.peekOnce(KEY, keys, "trigger:4").state()).contains(asked("workforce"));
  }

  @Test
  void theTurnsFollowUpIsWrittenOverTheRowItWasReadWith() {
    ConversationState before = asked("co-production");
    new JdbcConversationStore(database).save(KEY, before);
    conversations.peekOnce(KEY, keys, "trigger:5");
    ConversationState after =
        before.withQa(
            new QaContext("co-production", null, QaContext.Subject.AIMS), NOW.plusSeconds(5));

    conversations.save(KEY, after);
    conversations.flush();

    assertThat(new JdbcConversationStore(database).load(KEY)).contains(after);
  }

  @Test
  void keysInAnotherDatabaseAreRecordedThereAndTheConversationLeftToTheTurn() {
    AtomicInteger recorded = new AtomicInteger();

    FirstLook look =
        conversations.peekOnce(KEY, key -> recorded.incrementAndGet() == 1, "trigger:6");

    assertThat(look).isEqualTo(new FirstLook(true, Optional.empty()));
    assertThat(recorded).hasValue(1);
    assertThat(statements).as("nothing read on the caller's thread").hasValue(0);
  }

  @Test
  void onH2TheTriggerIsRecordedAndTheConversationLeftToTheTurn() {
    DatabaseSettings h2 =
        new DatabaseSettings("jdbc:h2:mem:recording-and-reading;DB_CLOSE_DELAY=-1", "sa", "");
    try (Database first = Database.openForServer(h2)) {
      JdbcSeenKeys h2Keys = new JdbcSeenKeys(first.dataSource(), clock, TRIGGERS);
      first.conversations().save(KEY, asked("co-production"));

      assertThat(first.conversations().peekOnce(KEY, h2Keys, "trigger:7"))
          .isEqualTo(new FirstLook(true, Optional.empty()));
      assertThat(first.conversations().peekOnce(KEY, h2Keys, "trigger:7"))
          .isEqualTo(FirstLook.SEEN_BEFORE);
    }
  }

  private static ConversationState asked(String competencyId) {
    return ConversationState.fresh(NOW)
        .withQa(new QaContext(competencyId, null, QaContext.Subject.DEFINITION), NOW);
  }

  /** {@code pool}, counting the connections lent and the statements prepared on them. */
  private DataSource counting(DataSource pool) {
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = method.invoke(pool, args);
              if (!(result instanceof Connection connection)) {
                return result;
              }
              connections.incrementAndGet();
              return Proxy.newProxyInstance(
                  Connection.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (c, m, a) -> {
                    if (m.getName().startsWith("prepare")
                        || m.getName().equals("createStatement")) {
                      statements.incrementAndGet();
                    }
                    return m.invoke(connection, a);
                  });
            });
  }
}

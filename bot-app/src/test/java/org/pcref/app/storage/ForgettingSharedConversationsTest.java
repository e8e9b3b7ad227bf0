package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pcref.core.conversation.ConversationState;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.privacy.PersonKey;
import org.pcref.core.qa.QaContext;

/**
 * Servers sharing PostgreSQL hold a question's follow-up context for a moment before writing it:
 * erasing a person drops what this server held of them, so no row of theirs is written afterwards.
 */
class ForgettingSharedConversationsTest {

  static final ConversationKey QUESTION = new ConversationKey("slack", "T1", "C1", "UPRIYA7");
  static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  private Database database;

  @BeforeEach
  void open() {
    TestDatabases.sharedPostgres().emptyDatabase();
    database = Database.openForServer(TestDatabases.sharedPostgres().settings());
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void shouldWriteNothingOfAnErasedPersonAfterTheErasure() {
    assertThat(database.conversations()).isInstanceOf(SharedConversations.class);
    database.conversations().load(QUESTION);
    database
        .conversations()
        .save(
            QUESTION,
            ConversationState.fresh(NOW)
                .withQa(new QaContext("workforce", null, QaContext.Subject.DEFINITION), NOW));

    database.personalData().forget(new PersonKey("slack", "T1", "UPRIYA7"), NOW);
    ((SharedConversations) database.conversations()).flush();

    assertThat(new JdbcConversationStore(database.dataSource()).load(QUESTION)).isEmpty();
  }
}

package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pcref.core.conversation.ConversationState;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.privacy.PersonKey;

/**
 * The server on the H2 file remembers conversations in memory: erasing a person forgets what memory
 * held of them too, written or not, so nothing of them is written back afterwards.
 */
class ForgettingRememberedConversationsTest {

  static final ConversationKey QUESTION = new ConversationKey("slack", "T1", "C1", "UPRIYA7");
  static final ConversationKey CHOSEN = new ConversationKey("slack", "T1", "D1", "UPRIYA7");
  static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  @TempDir Path dataDir;
  private Database database;

  @BeforeEach
  void open() {
    database = Database.openForServer(DatabaseSettings.embedded(dataDir));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void shouldForgetWhatMemoryHeldOfAnErasedPerson() {
    assertThat(database.conversations()).isInstanceOf(RememberedConversations.class);
    // One state written at once (a team chosen), one only held until the next batch.
    database.conversations().save(CHOSEN, ConversationState.fresh(NOW).withTeam("team-1", NOW));
    database.conversations().save(QUESTION, ConversationState.fresh(NOW));

    database.personalData().forget(new PersonKey("slack", "T1", "UPRIYA7"), NOW);
    ((RememberedConversations) database.conversations()).flush();

    assertThat(database.conversations().load(CHOSEN)).isEmpty();
    assertThat(database.conversations().load(QUESTION)).isEmpty();
    assertThat(new JdbcConversationStore(database.dataSource()).load(QUESTION)).isEmpty();
  }
}

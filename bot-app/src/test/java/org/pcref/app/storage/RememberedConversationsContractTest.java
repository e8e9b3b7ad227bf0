package org.pcref.app.storage;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.pcref.core.conversation.ConversationStore;

/** The conversation store contract for the single server's remembering store, on an H2 file. */
class RememberedConversationsContractTest extends JdbcConversationStoreContract {

  @TempDir Path dataDir;
  private Database database;

  @Override
  DataSource emptyDatabase() {
    database = Database.open(DatabaseSettings.embedded(dataDir));
    return database.dataSource();
  }

  @Override
  ConversationStore store(DataSource database) {
    return new RememberedConversations(new JdbcConversationStore(database), null);
  }

  @Override
  void written() {
    ((RememberedConversations) store).flush();
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }
}

package org.pcref.app.storage;

import javax.sql.DataSource;
import org.pcref.core.conversation.ConversationStore;

/** The conversation store contract for servers sharing one PostgreSQL. */
class SharedConversationsContractTest extends JdbcConversationStoreContract {

  @Override
  DataSource emptyDatabase() {
    return TestDatabases.sharedPostgres().emptyDatabase();
  }

  @Override
  ConversationStore store(DataSource database) {
    return new SharedConversations(new JdbcConversationStore(database), null);
  }

  @Override
  void written() {
    ((SharedConversations) store).flush();
  }
}

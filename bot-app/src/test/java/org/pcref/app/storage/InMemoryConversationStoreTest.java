package org.pcref.app.storage;

import org.pcref.core.conversation.ConversationStore;
import org.pcref.core.conversation.InMemoryConversationStore;

/**
 * The conversation store contract on the core's in-memory store, which the core's own tests use.
 */
class InMemoryConversationStoreTest extends ConversationStoreContract {

  private InMemoryConversationStore memory;

  @Override
  ConversationStore emptyStore() {
    memory = new InMemoryConversationStore();
    return memory;
  }

  @Override
  ConversationStore anotherInstance() {
    return memory;
  }
}

package org.pcref.app.storage;

import org.pcref.core.round.InMemoryRoundStore;
import org.pcref.core.round.RoundStore;

/** The round store contract on the core's in-memory store, which the core's own tests use. */
class InMemoryRoundStoreTest extends RoundStoreContract {

  private InMemoryRoundStore memory;

  @Override
  RoundStore emptyStore() {
    memory = new InMemoryRoundStore();
    return memory;
  }

  @Override
  RoundStore anotherInstance() {
    return memory;
  }
}

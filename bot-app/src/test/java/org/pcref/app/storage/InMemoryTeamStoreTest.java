package org.pcref.app.storage;

import org.pcref.core.team.InMemoryTeamStore;
import org.pcref.core.team.TeamStore;

/** The team store contract on the core's in-memory store, which the core's own tests use. */
class InMemoryTeamStoreTest extends TeamStoreContract {

  private InMemoryTeamStore memory;

  @Override
  TeamStore emptyStore() {
    memory = new InMemoryTeamStore();
    return memory;
  }

  @Override
  TeamStore anotherInstance() {
    return memory;
  }
}

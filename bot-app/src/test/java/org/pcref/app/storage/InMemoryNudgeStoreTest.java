package org.pcref.app.storage;

import org.pcref.core.reminder.InMemoryNudgeStore;
import org.pcref.core.reminder.NudgeStore;
import org.pcref.core.team.InMemoryTeamStore;
import org.pcref.core.team.Team;

/**
 * The nudge store contract on the core's in-memory store, the one the core's tests use: proven to
 * behave as the database ones do. Two instances in one process share the one store.
 */
class InMemoryNudgeStoreTest extends NudgeStoreContract {

  private final InMemoryTeamStore teams = new InMemoryTeamStore();
  private final InMemoryNudgeStore store = new InMemoryNudgeStore(teams::teamIds);

  @Override
  NudgeStore emptyStore() {
    return store;
  }

  @Override
  NudgeStore secondInstance() {
    return store;
  }

  @Override
  void addTeam(Team team) {
    teams.save(team);
  }
}

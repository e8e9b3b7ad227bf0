package org.pcref.msteams;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.pcref.core.privacy.Departures;
import org.pcref.core.team.Workspace;

/** Departures kept in memory: which workspaces have left, and since when. */
final class LeftWorkspaces implements Departures {

  private final Map<Workspace, Instant> left = new HashMap<>();

  @Override
  public synchronized void left(Workspace workspace, Instant when) {
    left.putIfAbsent(workspace, when);
  }

  @Override
  public synchronized void returned(Workspace workspace) {
    left.remove(workspace);
  }

  synchronized Map<Workspace, Instant> all() {
    return Map.copyOf(left);
  }
}

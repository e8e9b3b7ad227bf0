package org.pcref.msteams;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.pcref.core.message.SeenKeys;

/**
 * The activities handled so far, in memory, as one instance of the bot would share them through its
 * database.
 */
final class SeenInMemory implements SeenKeys {

  private final Set<String> seen = ConcurrentHashMap.newKeySet();

  @Override
  public boolean firstTime(String activityKey) {
    return seen.add(activityKey);
  }

  boolean isEmpty() {
    return seen.isEmpty();
  }
}

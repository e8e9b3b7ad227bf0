package org.pcref.app.storage;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.pcref.core.message.SeenKeys;

/**
 * Keys seen in the last few minutes, in memory: enough where one server owns the database (the
 * embedded H2 file) and a key only matters while a request may be replayed, so that the hot path
 * writes nothing. Two generations of keys: a key is remembered at least {@code keptFor} and at most
 * twice that; a generation that fills up early starts the next, so memory stays bounded. On the
 * path of every slash command, so a plain set, not a cache with per-entry expiry.
 */
public final class RecentKeys implements SeenKeys {

  static final int MAX_PER_GENERATION = 500_000;

  private final Clock clock;
  private final long keptForMillis;
  private volatile Set<String> current = ConcurrentHashMap.newKeySet();
  private volatile Set<String> previous = ConcurrentHashMap.newKeySet();
  private volatile long currentSince;

  public RecentKeys(Duration keptFor, Clock clock) {
    this.clock = clock;
    this.keptForMillis = keptFor.toMillis();
    this.currentSince = clock.millis();
  }

  @Override
  public boolean firstTime(String key) {
    long now = clock.millis();
    if (now - currentSince >= keptForMillis || current.size() >= MAX_PER_GENERATION) {
      startNextGeneration(now);
    }
    return !previous.contains(key) && current.add(key);
  }

  private synchronized void startNextGeneration(long now) {
    if (now - currentSince >= keptForMillis || current.size() >= MAX_PER_GENERATION) {
      previous = current;
      current = ConcurrentHashMap.newKeySet();
      currentSince = now;
    }
  }
}

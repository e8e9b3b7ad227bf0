package org.pcref.core.privacy;

import java.time.Instant;

/** Where data past its retention time is deleted (the database in the application). */
public interface ExpiredData {

  /** The kinds of data with a retention time of their own (the audit trail keeps its own). */
  enum Kind {
    NOTES,
    CONVERSATIONS,
    SEEN_EVENTS,
    DELIVERIES,
    /**
     * Every team of a workspace that left before the given time (see {@link Departures}), with
     * everything kept about it, and the record of its departure.
     */
    DEPARTED_WORKSPACES
  }

  /**
   * Deletes data of {@code kind} last written before {@code before} (notes are emptied, their
   * levels kept); returns how many rows it changed.
   */
  int delete(Kind kind, Instant before);
}

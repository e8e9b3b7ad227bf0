package org.pcref.core.audit;

import java.time.Instant;
import java.util.List;

/**
 * Where the audit trail is kept (a database table in the application). Append-only: entries are
 * never changed, except that erasing a person replaces their identity in them, and they are deleted
 * once past their retention time.
 */
public interface AuditTrail {

  /**
   * Appends {@code entry}, once: an entry whose id is recorded already (by this or another
   * instance) is not recorded again.
   */
  void record(AuditEntry entry);

  /** The {@code limit} latest entries, newest first. */
  List<AuditEntry> latest(int limit);

  /** Deletes the entries made before {@code before}; returns how many. */
  int deleteBefore(Instant before);
}

package org.pcref.app.storage;

import org.pcref.core.audit.AuditTrail;
import org.pcref.core.audit.InMemoryAuditTrail;

/** The audit trail contract on the core's in-memory trail. */
class InMemoryAuditTrailTest extends AuditTrailContract {

  private InMemoryAuditTrail trail;

  @Override
  AuditTrail emptyTrail() {
    trail = new InMemoryAuditTrail();
    return trail;
  }

  @Override
  AuditTrail sameStoreAgain() {
    return trail;
  }
}

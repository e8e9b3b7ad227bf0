package org.pcref.core.privacy;

import java.util.Objects;
import org.pcref.core.audit.AuditTrail;
import org.pcref.core.audit.InMemoryAuditTrail;

/**
 * What the bot needs for people's data rights and the audit trail: where entries are kept, where a
 * person's data is found and erased, who the admins are, and how a record is handed over.
 */
public record DataProtection(
    AuditTrail audit, PersonalData personalData, Admins admins, Handover handover) {

  public DataProtection {
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(personalData, "personalData");
    Objects.requireNonNull(admins, "admins");
    Objects.requireNonNull(handover, "handover");
  }

  /** An audit trail in memory, no stored data to find, no admins: a bot kept only in memory. */
  public static DataProtection inMemory() {
    return new DataProtection(
        new InMemoryAuditTrail(), NothingStored.INSTANCE, Admins.NONE, Handover.AS_FILES);
  }

  /** A bot that stores no personal data outside the conversation in memory. */
  enum NothingStored implements PersonalData {
    INSTANCE;

    @Override
    public PersonRecord export(PersonKey person) {
      return new PersonRecord(person, java.util.List.of());
    }

    @Override
    public Erasure forget(PersonKey person, java.time.Instant at) {
      return new Erasure(java.util.Map.of());
    }
  }
}

package org.pcref.core.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.pcref.core.message.Inbound;

/**
 * One change, as the audit trail keeps it.
 *
 * @param id unique: recording the same id twice records it once (a change that names itself, such
 *     as a confirmation, uses a name made from what it changed)
 * @param platform where it was made: slack, teams, terminal, web, or system for the bot's own jobs
 * @param byId the person's platform user id (empty for the bot's own jobs)
 * @param action what kind of change, in a word or two ("team rename", "correction")
 * @param teamId the team it changed, or empty
 * @param detail what changed, in plain words
 */
public record AuditEntry(
    String id,
    Instant at,
    String platform,
    String tenant,
    String byId,
    String byName,
    String action,
    String teamId,
    String detail) {

  /** What {@link #platform} and {@link #byName} say for the bot's own jobs (retention). */
  public static final String SYSTEM = "system";

  public AuditEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(platform, "platform");
    tenant = tenant == null ? "" : tenant;
    byId = byId == null ? "" : byId;
    byName = byName == null || byName.isBlank() ? byId : byName;
    Objects.requireNonNull(action, "action");
    teamId = teamId == null ? "" : teamId;
    detail = detail == null ? "" : detail;
  }

  /** A change {@code in} made now, to {@code teamId} (or none: empty). */
  public static AuditEntry by(Inbound in, Instant at, String action, String teamId, String detail) {
    return new AuditEntry(
        UUID.randomUUID().toString(),
        at,
        in.key().platform(),
        in.key().tenant(),
        in.key().user(),
        in.userName(),
        action,
        teamId,
        detail);
  }

  /** The same entry under the id {@code id}: for a change that can be made once only. */
  public AuditEntry withId(String newId) {
    return new AuditEntry(newId, at, platform, tenant, byId, byName, action, teamId, detail);
  }

  /** Something the bot did by itself (a retention sweep). */
  public static AuditEntry bySystem(Instant at, String action, String detail) {
    return new AuditEntry(
        UUID.randomUUID().toString(), at, SYSTEM, "", "", SYSTEM, action, "", detail);
  }
}

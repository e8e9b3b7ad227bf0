/**
 * The audit trail: who changed what, when and from which platform (a team renamed, leads and
 * members, corrections, nudge settings, round confirmations, exports, erasures), appended and never
 * changed ({@link org.pcref.core.audit.AuditTrail}, stored by the application; {@link
 * org.pcref.core.audit.InMemoryAuditTrail} for tests and the terminal).
 */
package org.pcref.core.audit;

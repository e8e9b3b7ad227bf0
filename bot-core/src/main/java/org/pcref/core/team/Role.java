package org.pcref.core.team;

/**
 * A person's place in a team. A removed person stays on record so they are not re-added silently.
 */
public enum Role {
  LEAD,
  MEMBER,
  REMOVED
}

package org.pcref.core.privacy;

import java.time.Instant;

/**
 * Where a person's data is found and erased, in every place the bot stores it (the database in the
 * application). People are found by their key; teams never cross a workspace, so one key is one
 * person's whole history on that platform.
 */
public interface PersonalData {

  /** What every history says in place of an erased person. */
  String FORMER_MEMBER = "former member";

  /** Everything held about {@code person}. */
  PersonRecord export(PersonKey person);

  /**
   * Erases {@code person}: their identity replaced by {@link #FORMER_MEMBER} in every history (the
   * team's levels, and the fact and date of each, stay), their notes removed, their memberships,
   * conversation state and stored conversation references deleted. Erasing twice changes nothing.
   */
  Erasure forget(PersonKey person, Instant at);
}

package org.pcref.core.privacy;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.pcref.core.message.ConversationKey;

/**
 * Who may answer access and erasure requests and read the audit trail: configured person keys (the
 * same list the web board reads; an Entra group adds admins on the board only).
 */
public record Admins(Set<PersonKey> keys) {

  public static final Admins NONE = new Admins(Set.of());

  public Admins {
    keys = Set.copyOf(keys);
  }

  /** The keys written in a setting, comma-separated; entries that are not keys are ignored. */
  public static Admins parse(Collection<String> written) {
    Set<PersonKey> keys = new LinkedHashSet<>();
    for (String entry : written) {
      if (entry != null) {
        for (String one : entry.split(",")) {
          PersonKey.parse(one).ifPresent(keys::add);
        }
      }
    }
    return new Admins(keys);
  }

  public boolean includes(ConversationKey key) {
    return keys.contains(PersonKey.of(key));
  }
}

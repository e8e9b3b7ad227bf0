package org.pcref.msteams;

import java.util.Optional;
import org.pcref.core.message.Address;

/**
 * Where the bot can write without being asked: the Bot Framework conversation reference of every
 * chat and channel it has heard from, kept so nudges survive a restart. A reference is made
 * inactive when Teams says the bot was removed, and active again when someone writes there.
 */
public interface ConversationReferences {

  /** Saves (or replaces) a reference and marks it active. */
  void save(StoredReference reference);

  /** The active reference for a channel, or for a person's one-to-one chat with the bot. */
  Optional<StoredReference> find(Address address);

  /** Marks the reference inactive: the bot was removed or the person left. */
  void deactivate(StoredReference reference);

  /** Whether any chat or channel of {@code tenant} still has the bot: an active reference. */
  boolean anyActive(String tenant);

  /**
   * One stored reference. {@code user} is the person's AAD object id for a one-to-one chat and
   * empty for a channel or group chat; {@code json} is the reference as Bot Framework JSON.
   */
  record StoredReference(String tenant, String conversation, String user, String json) {
    public StoredReference {
      user = user == null ? "" : user;
    }

    public boolean personal() {
      return !user.isEmpty();
    }
  }
}

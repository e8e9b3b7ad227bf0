package org.pcref.core.message;

import java.util.Objects;

/**
 * Where a conversation happens and with whom: one person in one channel (or direct message) of one
 * workspace or tenant on one platform. State that belongs to a conversation is kept under this key.
 */
public record ConversationKey(String platform, String tenant, String channel, String user) {
  public ConversationKey {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(user, "user");
  }

  /** A stable single-string form, for storage keys and logs. */
  public String asString() {
    return String.join("/", platform, tenant, channel, user);
  }
}

package org.pcref.core.message;

import java.util.Objects;

/**
 * Where a message the bot starts goes: a person by direct message ({@code channel} null), or a
 * channel, in one workspace or tenant of one platform.
 */
public record Address(String platform, String tenant, String channel, String user) {
  public Address {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(tenant, "tenant");
    if (channel == null && user == null) {
      throw new IllegalArgumentException("an address needs a channel or a user");
    }
  }

  public static Address directMessage(String platform, String tenant, String user) {
    return new Address(platform, tenant, null, user);
  }

  public static Address channel(String platform, String tenant, String channel) {
    return new Address(platform, tenant, channel, null);
  }

  public boolean isDirect() {
    return channel == null;
  }
}

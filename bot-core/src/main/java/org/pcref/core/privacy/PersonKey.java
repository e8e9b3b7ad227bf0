package org.pcref.core.privacy;

import java.util.Objects;
import java.util.Optional;
import org.pcref.core.message.ConversationKey;

/**
 * One person, whichever door they come in by: {@code slack/<team id>/<user id>}, {@code
 * teams/<tenant id>/<AAD object id>}, or the terminal's. The same key as the web board's sign-in.
 */
public record PersonKey(String platform, String tenant, String user) {

  public PersonKey {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(user, "user");
  }

  public static PersonKey of(ConversationKey key) {
    return new PersonKey(key.platform(), key.tenant(), key.user());
  }

  /** {@code platform/tenant/user} as typed or configured; empty when it is not one. */
  public static Optional<PersonKey> parse(String text) {
    String[] parts = text == null ? new String[0] : text.strip().split("/", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    for (String part : parts) {
      if (part.isBlank() || part.chars().anyMatch(Character::isWhitespace)) {
        return Optional.empty();
      }
    }
    return Optional.of(
        new PersonKey(parts[0].toLowerCase(java.util.Locale.ROOT), parts[1], parts[2]));
  }

  public String asString() {
    return platform + "/" + tenant + "/" + user;
  }
}

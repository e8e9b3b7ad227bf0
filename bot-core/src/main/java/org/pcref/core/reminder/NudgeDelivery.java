package org.pcref.core.reminder;

import java.util.Objects;
import org.pcref.core.message.Address;

/**
 * One nudge to one recipient. Its {@link #key()} (the nudge's key and the address) is what is
 * recorded as delivered, under a unique constraint.
 */
public record NudgeDelivery(Nudge nudge, Address to) {
  public NudgeDelivery {
    Objects.requireNonNull(nudge, "nudge");
    Objects.requireNonNull(to, "to");
  }

  public String key() {
    return nudge.key() + (to.isDirect() ? toPerson(to.user()) : "|channel:" + to.channel());
  }

  /** How the {@link #key()} of every delivery straight to {@code user} ends. */
  public static String toPerson(String user) {
    return "|dm:" + user;
  }
}

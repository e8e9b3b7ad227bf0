package org.pcref.core.message;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a person reaches the bot on one surface, as a reply says it: in their team's channel, and in
 * a direct message with the bot. Each surface names its own way ("chat --channel ward-7" in the
 * terminal); a surface that names none gets the plain words.
 *
 * @param toChannel where, or how, to talk to the bot in a team's channel ("in your team’s channel")
 * @param toDirect where, or how, to talk to it one to one ("in a direct message with me")
 */
public record Ways(String toChannel, String toDirect) {

  public static final Ways PLAIN =
      new Ways("in your team’s channel", "in a direct message with me");

  public Ways {
    Objects.requireNonNull(toChannel, "toChannel");
    Objects.requireNonNull(toDirect, "toDirect");
  }

  /** Each surface's ways, set when the surface is wired; {@link #PLAIN} for one that set none. */
  public static final class BySurface {

    private final Map<String, Ways> byPlatform = new ConcurrentHashMap<>();

    public void set(String platform, Ways ways) {
      byPlatform.put(Objects.requireNonNull(platform, "platform"), Objects.requireNonNull(ways));
    }

    public Ways of(ConversationKey key) {
      return byPlatform.getOrDefault(key.platform(), PLAIN);
    }
  }
}

package org.pcref.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;

/**
 * The UTF-8 bytes of the acks {@link RenderedReplies} keeps, held as long as it keeps the very
 * string (weak keys compare by identity): an answer asked for again is written without encoding its
 * card again, which cost more than the rest of writing it.
 */
final class EncodedBodies {

  private static final Cache<String, byte[]> KEPT = Caffeine.newBuilder().weakKeys().build();

  private EncodedBodies() {}

  /** {@code body}, whose bytes are kept from now on. */
  static String keep(String body) {
    KEPT.put(body, body.getBytes(StandardCharsets.UTF_8));
    return body;
  }

  /** {@code body} as UTF-8: the kept bytes, or encoded now. */
  static byte[] utf8(String body) {
    byte[] kept = KEPT.getIfPresent(body);
    return kept != null ? kept : body.getBytes(StandardCharsets.UTF_8);
  }
}

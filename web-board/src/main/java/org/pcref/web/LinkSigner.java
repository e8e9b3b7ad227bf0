package org.pcref.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.pcref.core.download.Download;

/**
 * Signs a download with its expiry, and checks a signed one: a token of two base64url parts, what
 * is downloaded (kind, subject, format, expiry) and an HMAC-SHA256 over exactly those bytes. Both
 * parts use only URL-safe letters, so a token sits in a link's path and survives chat formatting.
 */
final class LinkSigner {

  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
  private static final String HMAC = "HmacSHA256";

  /** Longer tokens are not ours, and are refused before anything is decoded. */
  private static final int LONGEST_TOKEN = 2_000;

  private final Supplier<byte[]> key;
  private final Clock clock;
  private final Duration validFor;

  LinkSigner(Supplier<byte[]> key, Clock clock, Duration validFor) {
    this.key = key;
    this.clock = clock;
    this.validFor = validFor;
  }

  Duration validFor() {
    return validFor;
  }

  /** A token for {@code download}, good until {@link #validFor} from now. */
  String sign(Download download) {
    if (download.subject().indexOf('\n') >= 0) {
      throw new IllegalArgumentException("a subject of one line only");
    }
    long expires = clock.instant().plus(validFor).getEpochSecond();
    byte[] payload =
        (download.kind().name()
                + "\n"
                + download.subject()
                + "\n"
                + download.format()
                + "\n"
                + expires)
            .getBytes(StandardCharsets.UTF_8);
    return ENCODE.encodeToString(payload) + "." + ENCODE.encodeToString(mac(payload));
  }

  /**
   * The download a token names, if its signature is right and it has not expired; empty for
   * anything else, whatever is wrong with it.
   */
  Optional<Download> check(String token) {
    if (token == null || token.length() > LONGEST_TOKEN) {
      return Optional.empty();
    }
    int dot = token.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    try {
      byte[] payload = canonical(token.substring(0, dot));
      byte[] signature = canonical(token.substring(dot + 1));
      if (payload == null || signature == null) {
        return Optional.empty();
      }
      // Compared in constant time, so the time taken tells nothing of how much was right.
      if (!MessageDigest.isEqual(mac(payload), signature)) {
        return Optional.empty();
      }
      String[] parts = new String(payload, StandardCharsets.UTF_8).split("\n", -1);
      if (parts.length != 4) {
        return Optional.empty();
      }
      Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[3]));
      if (!clock.instant().isBefore(expires)) {
        return Optional.empty();
      }
      return Optional.of(new Download(Download.Kind.valueOf(parts[0]), parts[1], parts[2]));
    } catch (IllegalArgumentException malformed) {
      // Not base64, not a number, not a kind or format we know: not a link of ours.
      return Optional.empty();
    }
  }

  /**
   * The bytes of one part, only when it is written exactly as {@link #sign} writes them: the
   * decoder alone would take padding, and ignore the unused low bits of a last letter, so that
   * several tokens would stand for one.
   */
  private static byte[] canonical(String part) {
    byte[] bytes = DECODE.decode(part);
    return ENCODE.encodeToString(bytes).equals(part) ? bytes : null;
  }

  private byte[] mac(byte[] payload) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key.get(), HMAC));
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}

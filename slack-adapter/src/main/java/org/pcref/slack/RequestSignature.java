package org.pcref.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature: {@code v0=} and the hex HMAC-SHA256, keyed with the signing secret, of
 * {@code v0:<timestamp>:<raw body>}; valid only while the timestamp is within five minutes of now,
 * either way. Computed over the body's bytes as received, compared in constant time. (Bolt has the
 * same check; this one reuses its MAC per thread instead of looking one up for every request.)
 */
final class RequestSignature {

  static final long WINDOW_SECONDS = 5 * 60;
  private static final String VERSION = "v0";
  private static final int HEX_LENGTH = 64;

  private final ThreadLocal<Mac> macs;

  RequestSignature(String signingSecret) {
    SecretKeySpec key =
        new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.macs =
        ThreadLocal.withInitial(
            () -> {
              try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
              } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is not available", e);
              }
            });
  }

  /**
   * Whether {@code signature} signs {@code body} at {@code timestamp}, and that is close to {@code
   * nowSeconds}.
   */
  boolean isValid(String timestamp, byte[] body, String signature, long nowSeconds) {
    if (timestamp == null
        || signature == null
        || signature.length() != VERSION.length() + 1 + HEX_LENGTH
        || !signature.startsWith(VERSION + "=")) {
      return false;
    }
    long sent = seconds(timestamp);
    if (sent < 0 || sent < nowSeconds - WINDOW_SECONDS || sent > nowSeconds + WINDOW_SECONDS) {
      return false;
    }
    byte[] given = hex(signature.substring(VERSION.length() + 1));
    if (given == null) {
      return false;
    }
    Mac mac = macs.get();
    mac.update((VERSION + ":" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
    return MessageDigest.isEqual(mac.doFinal(body), given);
  }

  /**
   * The timestamp as Slack writes it: decimal digits only, no sign, no space, at most 12 (so no
   * arithmetic on it can overflow); -1 for anything else.
   */
  private static long seconds(String timestamp) {
    if (timestamp.isEmpty() || timestamp.length() > 12) {
      return -1;
    }
    long seconds = 0;
    for (int i = 0; i < timestamp.length(); i++) {
      char c = timestamp.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      seconds = seconds * 10 + (c - '0');
    }
    return seconds;
  }

  /** Lowercase hexadecimal, as Slack writes it; null for anything else. */
  private static byte[] hex(String text) {
    byte[] bytes = new byte[text.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      int high = lowercaseHexDigit(text.charAt(2 * i));
      int low = lowercaseHexDigit(text.charAt(2 * i + 1));
      if (high < 0 || low < 0) {
        return null;
      }
      bytes[i] = (byte) ((high << 4) | low);
    }
    return bytes;
  }

  private static int lowercaseHexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
  }
}

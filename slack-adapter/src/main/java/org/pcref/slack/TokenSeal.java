package org.pcref.slack;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the bot tokens of installed workspaces before they go into the database, so that a copy of
 * the database (a backup, a dump) holds no usable token. AES-256-GCM, with a key derived from the
 * app's client secret, which the bot has whenever it installs by OAuth and which never goes into
 * the database; each token is bound to its workspace, so a sealed token moved to another row does
 * not open. A token stored before tokens were sealed is read as it is, and sealed when next saved.
 */
final class TokenSeal {

  private static final String PREFIX = "sealed:v1:";
  private static final String PURPOSE = "PCREF Bot: Slack installation tokens";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  private TokenSeal(byte[] key) {
    this.key = new SecretKeySpec(key, "AES");
  }

  /** A seal whose key is derived from {@code secret} (HMAC-SHA256 of a fixed purpose). */
  static TokenSeal fromSecret(String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return new TokenSeal(mac.doFinal(PURPOSE.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** The token sealed for the row {@code owner}. */
  String seal(String token, String owner) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, owner);
      byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return PREFIX + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * The token of the row {@code owner}; empty if it was sealed with another key (the client secret
   * changed) or for another row, or has been tampered with.
   */
  Optional<String> open(String stored, String owner) {
    if (!stored.startsWith(PREFIX)) {
      return Optional.of(stored);
    }
    try {
      byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
      if (all.length <= NONCE_BYTES) {
        return Optional.empty();
      }
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(all, NONCE_BYTES), owner);
      byte[] token = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
      return Optional.of(new String(token, StandardCharsets.UTF_8));
    } catch (GeneralSecurityException | IllegalArgumentException unreadable) {
      return Optional.empty();
    }
  }

  private Cipher cipher(int mode, byte[] nonce, String owner) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
    return cipher;
  }
}

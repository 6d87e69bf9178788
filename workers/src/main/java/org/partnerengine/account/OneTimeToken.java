package org.partnerengine.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A secret sent once by mail (an invitation, a password reset, a survey link): 256 random bits,
 * URL-safe. Only its SHA-256 hash is stored, so whoever reads the database cannot use a token;
 * the raw value lives only in the mail that carries it.
 */
public record OneTimeToken(String raw, String hash) {

  /** What a token looks like on the way in: 43 URL-safe Base64 characters (32 bytes). */
  public static final String PATTERN = "[A-Za-z0-9_-]{43}";

  private static final SecureRandom RANDOM = new SecureRandom();

  public static OneTimeToken generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return new OneTimeToken(raw, hash(raw));
  }

  /** The stored form of a token; a value that cannot be a token hashes to something never stored. */
  public static String hash(String raw) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  @Override
  public String toString() {
    return "OneTimeToken[hash=" + hash + "]";
  }
}

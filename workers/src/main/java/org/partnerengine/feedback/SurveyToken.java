package org.partnerengine.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A survey link's secret: 256 random bits, URL-safe. Only its SHA-256 hash is stored; the raw value
 * travels in the invitation mail alone.
 */
record SurveyToken(String raw, String hash) {

  /** What a token looks like on the way in: 43 URL-safe Base64 characters. */
  static final String PATTERN = "[A-Za-z0-9_-]{43}";

  private static final SecureRandom RANDOM = new SecureRandom();

  static SurveyToken generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return new SurveyToken(raw, hash(raw));
  }

  static String hash(String raw) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  @Override
  public String toString() {
    return "SurveyToken[hash=" + hash + "]";
  }
}

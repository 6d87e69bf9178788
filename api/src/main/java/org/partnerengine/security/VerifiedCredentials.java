package org.partnerengine.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers for a short while which password matched which stored hash, so that a stateless
 * HTTP Basic client, which sends its credentials on every request, pays BCrypt once per
 * {@code ttl} rather than on every request.
 *
 * <p>Only successful checks are remembered, keyed by an HMAC (with a key made at start and kept
 * in memory only) of the stored hash together with the password given: a wrong password always
 * goes to BCrypt, and a changed password has a new hash, so no entry of the old one can answer
 * for it, on this instance or any other. The user is still loaded on every request, so a disabled
 * or revoked account is refused as before: only the hash comparison is skipped. At most
 * {@code maxEntries} are kept.
 */
final class VerifiedCredentials implements PasswordEncoder {

  private static final String HMAC = "HmacSHA256";

  private final PasswordEncoder delegate;
  private final long ttlNanos;
  private final int maxEntries;
  private final LongSupplier nanoTime;
  private final SecretKeySpec key;
  private final ConcurrentHashMap<ByteBuffer, Long> verifiedUntil = new ConcurrentHashMap<>();

  VerifiedCredentials(PasswordEncoder delegate, Duration ttl, int maxEntries, LongSupplier nanoTime) {
    this.delegate = delegate;
    this.ttlNanos = ttl.toNanos();
    this.maxEntries = maxEntries;
    this.nanoTime = nanoTime;
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, HMAC);
  }

  @Override
  public String encode(CharSequence rawPassword) {
    return delegate.encode(rawPassword);
  }

  @Override
  public boolean matches(CharSequence rawPassword, String encodedPassword) {
    if (rawPassword == null || encodedPassword == null || encodedPassword.isEmpty()) {
      return delegate.matches(rawPassword, encodedPassword);
    }
    ByteBuffer entry = entry(rawPassword, encodedPassword);
    long now = nanoTime.getAsLong();
    Long until = verifiedUntil.get(entry);
    if (until != null && now - until < 0) {
      return true;
    }
    if (!delegate.matches(rawPassword, encodedPassword)) {
      return false;
    }
    if (verifiedUntil.size() >= maxEntries) {
      verifiedUntil.values().removeIf(end -> now - end >= 0);
      if (verifiedUntil.size() >= maxEntries) {
        verifiedUntil.clear();
      }
    }
    verifiedUntil.put(entry, now + ttlNanos);
    return true;
  }

  @Override
  public boolean upgradeEncoding(String encodedPassword) {
    return delegate.upgradeEncoding(encodedPassword);
  }

  int size() {
    return verifiedUntil.size();
  }

  private ByteBuffer entry(CharSequence rawPassword, String encodedPassword) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}

package org.partnerengine.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed password logins per account and per client address, and locks either for a
 * while once it has failed too often: guessing a partner's password then takes years, not hours,
 * and a locked login costs no BCrypt. Kept in memory, per app instance: with several instances an
 * attacker gets the limit once per instance, which still ends guessing; a shared store would make
 * it exact. At most {@code maxEntries} are kept.
 */
final class LoginThrottle {

  /** A login refused without checking the password, and for how long. */
  record Locked(Duration retryAfter) {}

  private record Failures(int count, Instant firstAt, Instant lockedUntil) {}

  private final int maxAccountFailures;
  private final int maxAddressFailures;
  private final Duration window;
  private final Duration lock;
  private final Clock clock;
  private final int maxEntries;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  LoginThrottle(int maxAccountFailures, int maxAddressFailures, Duration window, Duration lock, Clock clock, int maxEntries) {
    this.maxAccountFailures = maxAccountFailures;
    this.maxAddressFailures = maxAddressFailures;
    this.window = window;
    this.lock = lock;
    this.clock = clock;
    this.maxEntries = maxEntries;
  }

  /** Whether this login may be tried at all. */
  Optional<Locked> check(String username, String address) {
    Instant now = clock.instant();
    return lockedFor(account(username), now).or(() -> lockedFor(address(address), now));
  }

  void failed(String username, String address) {
    Instant now = clock.instant();
    if (failures.size() >= maxEntries) {
      failures.values().removeIf(f -> !f.firstAt().plus(window).isAfter(now) && !isLocked(f, now));
      if (failures.size() >= maxEntries) {
        failures.clear();
      }
    }
    count(account(username), maxAccountFailures, now);
    count(address(address), maxAddressFailures, now);
  }

  void succeeded(String username) {
    failures.remove(account(username));
  }

  private void count(String key, int max, Instant now) {
    failures.compute(
        key,
        (k, before) -> {
          Failures current =
              before == null || !before.firstAt().plus(window).isAfter(now) && !isLocked(before, now)
                  ? new Failures(0, now, null)
                  : before;
          int count = current.count() + 1;
          return new Failures(count, current.firstAt(), count >= max ? now.plus(lock) : current.lockedUntil());
        });
  }

  private Optional<Locked> lockedFor(String key, Instant now) {
    Failures f = failures.get(key);
    if (f == null || !isLocked(f, now)) {
      return Optional.empty();
    }
    return Optional.of(new Locked(Duration.between(now, f.lockedUntil())));
  }

  private static boolean isLocked(Failures f, Instant now) {
    return f.lockedUntil() != null && f.lockedUntil().isAfter(now);
  }

  private static String account(String username) {
    return "account:" + (username == null ? "" : username.toLowerCase(java.util.Locale.ROOT));
  }

  private static String address(String address) {
    return "address:" + address;
  }
}

package org.partnerengine.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private Instant now = Instant.parse("2026-12-04T10:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };
  private final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(15), clock, 1000);

  @Test
  void anAccountIsLockedAfterItsFailuresUntilTheLockEnds() {
    for (int i = 0; i < 3; i++) {
      assertThat(throttle.check("ada", "10.0.0.1")).isEmpty();
      throttle.failed("ada", "10.0.0.1");
    }

    assertThat(throttle.check("ADA", "10.0.0.9")).hasValueSatisfying(l -> assertThat(l.retryAfter()).isEqualTo(Duration.ofMinutes(15)));
    assertThat(throttle.check("grace", "10.0.0.9")).isEmpty();
    now = now.plus(Duration.ofMinutes(15));
    assertThat(throttle.check("ada", "10.0.0.9")).isEmpty();
  }

  @Test
  void failuresSpreadOverLongerThanTheWindowDoNotLock() {
    throttle.failed("ada", "10.0.0.1");
    throttle.failed("ada", "10.0.0.1");
    now = now.plus(Duration.ofMinutes(16));
    throttle.failed("ada", "10.0.0.1");

    assertThat(throttle.check("ada", "10.0.0.1")).isEmpty();
  }

  @Test
  void anAddressGuessingManyAccountsIsLockedForAll() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("user-" + i, "10.0.0.1");
    }

    assertThat(throttle.check("someone-else", "10.0.0.1")).isPresent();
    assertThat(throttle.check("someone-else", "10.0.0.2")).isEmpty();
  }

  @Test
  void aSuccessClearsTheAccountsFailures() {
    throttle.failed("ada", "10.0.0.1");
    throttle.failed("ada", "10.0.0.1");
    throttle.succeeded("ada");
    throttle.failed("ada", "10.0.0.1");

    assertThat(throttle.check("ada", "10.0.0.1")).isEmpty();
  }
}

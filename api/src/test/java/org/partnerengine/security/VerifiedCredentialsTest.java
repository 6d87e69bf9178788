package org.partnerengine.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedCredentialsTest {

  private final AtomicLong now = new AtomicLong();
  private final AtomicInteger hashChecks = new AtomicInteger();
  private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
  private final PasswordEncoder counting =
      new PasswordEncoder() {
        @Override
        public String encode(CharSequence rawPassword) {
          return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
          hashChecks.incrementAndGet();
          return bcrypt.matches(rawPassword, encodedPassword);
        }
      };
  private final VerifiedCredentials credentials = new VerifiedCredentials(counting, Duration.ofSeconds(60), 3, now::get);

  @Test
  void checksTheHashOnceWhileTheSamePasswordIsGivenAgain() {
    String hash = credentials.encode("s3cret");

    assertThat(credentials.matches("s3cret", hash)).isTrue();
    assertThat(credentials.matches("s3cret", hash)).isTrue();
    assertThat(credentials.matches("s3cret", hash)).isTrue();

    assertThat(hashChecks).hasValue(1);
  }

  @Test
  void refusesAWrongPasswordEvenRightAfterTheRightOne() {
    String hash = credentials.encode("s3cret");
    credentials.matches("s3cret", hash);

    assertThat(credentials.matches("s3cret ", hash)).isFalse();
    assertThat(credentials.matches("S3cret", hash)).isFalse();
    assertThat(credentials.matches("", hash)).isFalse();
    assertThat(hashChecks).hasValue(4);
  }

  @Test
  void aChangedPasswordIsCheckedAgainstItsNewHash() {
    String oldHash = credentials.encode("old-password");
    credentials.matches("old-password", oldHash);

    String newHash = credentials.encode("new-password");

    assertThat(credentials.matches("old-password", newHash)).isFalse();
    assertThat(credentials.matches("new-password", newHash)).isTrue();
    assertThat(hashChecks).hasValue(3);
  }

  @Test
  void checksTheHashAgainOnceTheEntryHasExpired() {
    String hash = credentials.encode("s3cret");
    credentials.matches("s3cret", hash);

    now.addAndGet(Duration.ofSeconds(59).toNanos());
    credentials.matches("s3cret", hash);
    assertThat(hashChecks).hasValue(1);

    now.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(credentials.matches("s3cret", hash)).isTrue();
    assertThat(hashChecks).hasValue(2);
  }

  @Test
  void keepsNoMoreThanItsBound() {
    for (int i = 0; i < 10; i++) {
      String password = "password-" + i;
      assertThat(credentials.matches(password, credentials.encode(password))).isTrue();
      assertThat(credentials.size()).isLessThanOrEqualTo(3);
    }
  }
}

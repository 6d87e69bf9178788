package org.partnerengine.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordStrengthTest {

  private static final String USER = "ada.lovelace@acme-cloud.example";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password1234", "Password1234", "qwerty123456", "1q2w3e4r5t6y", "welcome12345", "iloveyou1234", "letmein12345",
        "abc123456789", "partnerengine1", "adalovelace12"
      })
  void refusesCommonPasswordsWordsWithDigitsKeyboardWalksAndTheOwnEmail(String password) {
    assertThatThrownBy(() -> PasswordStrength.check(password, USER))
        .isInstanceOf(PasswordRejected.class)
        .hasMessageContaining("too easy to guess");
  }

  @ParameterizedTest
  @ValueSource(strings = {"correct horse 42", "Journey-Passw0rd!", "violet tram 71 sings", "k7#Qm2!vXp9&Lw4z"})
  void acceptsPasswordsThatTakeManyGuesses(String password) {
    assertThatCode(() -> PasswordStrength.check(password, USER)).doesNotThrowAnyException();
  }
}

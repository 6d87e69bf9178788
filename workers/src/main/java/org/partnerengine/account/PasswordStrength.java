package org.partnerengine.account;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses passwords that are easy to guess though long enough: common and breached passwords,
 * a word with digits, keyboard walks, repeats and sequences, or the account's own email. It
 * estimates the guesses an attacker needs with zxcvbn (its bundled lists of common passwords,
 * words and names) and refuses under 10^8 guesses, zxcvbn's scores 0 to 2.
 */
final class PasswordStrength {

  /** zxcvbn's score 3: at least 10^8 guesses, as OWASP advises for zxcvbn. */
  static final int MINIMUM_SCORE = 3;

  private static final Zxcvbn ESTIMATOR = new Zxcvbn();

  private PasswordStrength() {}

  /**
   * @param username the account's login (an email): a password made of it is refused too
   * @throws PasswordRejected when the password is too easy to guess
   */
  static void check(String rawPassword, String username) {
    List<String> ownWords = new ArrayList<>();
    if (username != null) {
      // the email, its local part and domain as written and run together, and each piece of them
      String email = username.toLowerCase(java.util.Locale.ROOT);
      ownWords.add(email);
      for (String part : email.split("@")) {
        ownWords.add(part);
        ownWords.add(part.replaceAll("[._+-]", ""));
        ownWords.addAll(List.of(part.split("[._+-]")));
      }
    }
    ownWords.addAll(List.of("partner", "engine", "partnerengine", "portal"));
    if (ESTIMATOR.measure(rawPassword, ownWords).getScore() < MINIMUM_SCORE) {
      throw new PasswordRejected(
          "is too easy to guess (a common password, a word with a few digits, a keyboard pattern, or your own email):"
              + " use a few unrelated words or a password manager's password");
    }
  }
}

package org.partnerengine.account;

/**
 * What a partner's new password must be: at least 12 characters with a letter and a digit, at most
 * 72 bytes (BCrypt reads no more). The constants serve the request records' annotations; {@link
 * AccountService} checks every new password against the same rules before it is hashed.
 */
public final class PasswordRules {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 72;
  public static final String LETTER_AND_DIGIT = "(?=.*\\p{L})(?=.*\\p{N}).*";
  public static final String LETTER_AND_DIGIT_MESSAGE = "must contain a letter and a digit";

  private PasswordRules() {}
}

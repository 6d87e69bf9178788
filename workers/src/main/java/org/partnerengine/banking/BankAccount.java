package org.partnerengine.banking;

import java.util.Locale;
import org.iban4j.BicUtil;
import org.iban4j.Iban4jException;
import org.iban4j.IbanUtil;

/**
 * A checked bank account: the IBAN's country format and check digits, and the BIC's format when
 * one is given (SEPA needs none). Spaces and case as typed do not matter.
 */
public record BankAccount(String accountHolder, String iban, String bic) {

  public static BankAccount of(String accountHolder, String iban, String bic) {
    String holder = accountHolder == null ? "" : accountHolder.strip();
    if (holder.isEmpty()) {
      throw new InvalidBankingDetails("accountHolder", "must not be blank");
    }
    String electronic = iban == null ? "" : iban.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    try {
      IbanUtil.validate(electronic);
    } catch (Iban4jException e) {
      throw new InvalidBankingDetails("iban", "is not a valid IBAN: " + e.getMessage());
    }
    String code = bic == null || bic.isBlank() ? null : bic.strip().toUpperCase(Locale.ROOT);
    if (code != null) {
      try {
        BicUtil.validate(code);
      } catch (Iban4jException e) {
        throw new InvalidBankingDetails("bic", "is not a valid BIC: " + e.getMessage());
      }
    }
    return new BankAccount(holder, electronic, code);
  }
}

package org.partnerengine.banking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BankAccountTest {

  @Test
  void anIbanAsTypedWithSpacesAndLowerCaseIsKeptInItsElectronicForm() {
    BankAccount account = BankAccount.of(" Acme Cloud GmbH ", "de89 3704 0044 0532 0130 00", "cobadeffxxx");

    assertThat(account.accountHolder()).isEqualTo("Acme Cloud GmbH");
    assertThat(account.iban()).isEqualTo("DE89370400440532013000");
    assertThat(account.bic()).isEqualTo("COBADEFFXXX");
    assertThat(BankAccount.of("Acme", "GB82 WEST 1234 5698 7654 32", "").bic()).isNull();
  }

  @Test
  void wrongCheckDigitsAWrongLengthOrAnUnknownCountryAreRefusedNamingTheIban() {
    for (String iban : new String[] {"DE00370400440532013000", "DE8937040044053201300", "XX89370400440532013000", ""}) {
      assertThatThrownBy(() -> BankAccount.of("Acme", iban, null))
          .as(iban)
          .isInstanceOfSatisfying(InvalidBankingDetails.class, e -> assertThat(e.field()).isEqualTo("iban"));
    }
  }

  @Test
  void aMalformedBicOrABlankHolderIsRefusedNamingTheField() {
    assertThatThrownBy(() -> BankAccount.of("Acme", "DE89370400440532013000", "NOTABIC"))
        .isInstanceOfSatisfying(InvalidBankingDetails.class, e -> assertThat(e.field()).isEqualTo("bic"));
    assertThatThrownBy(() -> BankAccount.of("  ", "DE89370400440532013000", null))
        .isInstanceOfSatisfying(InvalidBankingDetails.class, e -> assertThat(e.field()).isEqualTo("accountHolder"));
  }

  @Test
  void mostReadersSeeTheIbanMasked() {
    PayoutAccount account = new PayoutAccount(7, BankAccount.of("Acme", "DE89370400440532013000", null), "ada", java.time.Instant.EPOCH);

    assertThat(account.maskedIban()).isEqualTo("DE89 **** 3000");
  }
}

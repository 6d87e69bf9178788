package org.partnerengine.banking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The account the partner's payouts go to, as the partner (or finance) gave it. */
@Entity
@Table(name = "banking_details")
public final class PayoutAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private long partnerId;

  @Column(nullable = false)
  private String accountHolder;

  /** Electronic format: no spaces, upper case. */
  @Column(nullable = false)
  private String iban;

  private String bic;

  @Column(nullable = false)
  private String submittedBy;

  @Column(nullable = false)
  private Instant submittedAt;

  @Version private long version;

  protected PayoutAccount() {}

  PayoutAccount(long partnerId, BankAccount account, String submittedBy, Instant submittedAt) {
    this.partnerId = partnerId;
    change(account, submittedBy, submittedAt);
  }

  void change(BankAccount account, String by, Instant at) {
    this.accountHolder = account.accountHolder();
    this.iban = account.iban();
    this.bic = account.bic();
    this.submittedBy = by;
    this.submittedAt = at;
  }

  public long getPartnerId() {
    return partnerId;
  }

  public String getAccountHolder() {
    return accountHolder;
  }

  public String getIban() {
    return iban;
  }

  public String getBic() {
    return bic;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  /** The IBAN as most readers see it: country, check digits and the last four characters. */
  public String maskedIban() {
    return iban.substring(0, 4) + " **** " + iban.substring(iban.length() - 4);
  }
}

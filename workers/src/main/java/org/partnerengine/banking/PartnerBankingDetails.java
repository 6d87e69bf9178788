package org.partnerengine.banking;

import java.time.Clock;
import java.util.Optional;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner's payout account. The partner gives it during onboarding, where finance verifies it
 * in the "Verify banking details" task; afterwards a change comes from finance only, since a
 * changed account redirects money.
 */
@Service
public class PartnerBankingDetails {

  private final PayoutAccounts details;
  private final Partners partners;
  private final PartnerHistory history;
  private final Clock clock;

  public PartnerBankingDetails(PayoutAccounts details, Partners partners, PartnerHistory history, Clock clock) {
    this.details = details;
    this.partners = partners;
    this.history = history;
    this.clock = clock;
  }

  /**
   * Stores the account, replacing the one before.
   *
   * @param byFinance whether finance made the change (allowed in any stage but the final ones)
   */
  @Transactional
  public PayoutAccount submit(long partnerId, BankAccount account, String username, boolean byFinance) {
    Partner partner = partners.require(partnerId);
    boolean open = partner.getStage() == Stage.RECRUIT || partner.getStage() == Stage.ONBOARD;
    if (partner.getStage().isFinal() || (!byFinance && !open)) {
      throw new BankingDetailsLocked(partnerId);
    }
    PayoutAccount stored =
        details
            .findByPartnerId(partnerId)
            .map(
                existing -> {
                  existing.change(account, username, clock.instant());
                  return existing;
                })
            .orElseGet(() -> new PayoutAccount(partnerId, account, username, clock.instant()));
    PayoutAccount saved = details.saveAndFlush(stored);
    history.record(partner, "BANKING_DETAILS_RECEIVED", username, "account " + saved.maskedIban());
    return saved;
  }

  @Transactional(readOnly = true)
  public Optional<PayoutAccount> of(long partnerId) {
    partners.require(partnerId);
    return details.findByPartnerId(partnerId);
  }
}

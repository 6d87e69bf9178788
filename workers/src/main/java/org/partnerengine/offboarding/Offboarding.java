package org.partnerengine.offboarding;

import java.time.Clock;
import org.partnerengine.account.AccountService;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of taking a partner out of the programme. Each is recorded in the partner's history
 * once (keyed by partner and step), and the history itself is kept.
 */
@Service
public class Offboarding {

  private final Partners partners;
  private final PartnerHistory history;
  private final AccountService accounts;
  private final DealReleases deals;
  private final MdfReservations mdf;
  private final Clock clock;

  public Offboarding(
      Partners partners,
      PartnerHistory history,
      AccountService accounts,
      DealReleases deals,
      MdfReservations mdf,
      Clock clock) {
    this.partners = partners;
    this.history = history;
    this.accounts = accounts;
    this.deals = deals;
    this.mdf = mdf;
    this.clock = clock;
  }

  @Transactional
  public void revokeAccess(long partnerId) {
    Partner partner = partners.require(partnerId);
    if (history.recordOnce(key(partnerId, "access-revoked"), partner, "ACCESS_REVOKED", "system", "portal access revoked")) {
      accounts.revoke(partnerId);
    }
  }

  @Transactional
  public void releaseDeals(long partnerId, String reason) {
    Partner partner = partners.require(partnerId);
    deals.releaseProtectedDeals(partnerId, reason);
    history.recordOnce(key(partnerId, "deals-released"), partner, "DEALS_RELEASED", "system", "protected deals released");
  }

  @Transactional
  public void cancelMdfReservations(long partnerId, String reason) {
    Partner partner = partners.require(partnerId);
    mdf.cancelOpenReservations(partnerId, reason);
    history.recordOnce(
        key(partnerId, "mdf-cancelled"), partner, "MDF_RESERVATIONS_CANCELLED", "system", "open MDF reservations cancelled");
  }

  /** Moves the partner to OFFBOARDED with the reason; the entity refuses it from a final stage. */
  @Transactional
  public void record(long partnerId, String reason) {
    Partner partner = partners.require(partnerId);
    partner.enterStage(Stage.OFFBOARDED, clock.instant());
    history.recordOnce(key(partnerId, "offboarded"), partner, "OFFBOARDED", "system", reason);
  }

  private static String key(long partnerId, String step) {
    return "partner-" + partnerId + ":offboarding:" + step;
  }
}

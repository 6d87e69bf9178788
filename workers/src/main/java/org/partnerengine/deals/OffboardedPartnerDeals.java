package org.partnerengine.deals;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.partnerengine.messaging.PartnerMessages;
import org.partnerengine.offboarding.DealReleases;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Offboarding's release of a partner's deals: every open registration is rejected with the
 * offboarding reason, its customer is freed for other partners, and its registration process is
 * ended. Calling it again finds nothing open and changes nothing.
 */
@Component
public class OffboardedPartnerDeals implements DealReleases {

  private final Deals deals;
  private final PartnerMessages messages;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public OffboardedPartnerDeals(Deals deals, PartnerMessages messages, TransactionTemplate transaction, Clock clock) {
    this.deals = deals;
    this.messages = messages;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Override
  public void releaseProtectedDeals(long partnerId, String reason) {
    List<Long> rejected =
        transaction.execute(
            status -> {
              List<Deal> all = deals.findByPartnerIdOrderByIdDesc(partnerId, Pageable.unpaged());
              for (Deal deal : all) {
                if (deal.reject("Partner offboarded: " + reason, clock.instant())) {
                  deals.releaseCustomer(deal.getId());
                }
              }
              return all.stream().filter(d -> d.getStatus() == DealStatus.REJECTED).map(Deal::getId).toList();
            });
    // After the commit, and for every rejected deal (a retry must still end the processes): a
    // registration process that already ended lets the message expire unused.
    for (long dealId : rejected) {
      messages.publish(
          DealWorkers.DEAL_REJECTED_MESSAGE,
          String.valueOf(dealId),
          "deal-rejected:" + dealId,
          Map.of("reason", "Partner offboarded"));
    }
  }
}

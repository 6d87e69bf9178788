package org.partnerengine.leads;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LeadOffers extends JpaRepository<LeadOffer, Long> {

  Optional<LeadOffer> findByLeadIdAndRound(long leadId, int round);

  List<LeadOffer> findByLeadIdOrderByRound(long leadId);

  /** The lead's open offer, if any: at most one at a time. */
  Optional<LeadOffer> findFirstByLeadIdAndStatus(long leadId, OfferStatus status);

  Page<LeadOffer> findByPartnerIdOrderByIdDesc(long partnerId, Pageable page);

  /** Offers that hold a partner's capacity: open or accepted since a moment. */
  @Query("select o.partnerId, count(o) from LeadOffer o where o.partnerId in :partners and o.offeredAt >= :since"
      + " and o.status in (org.partnerengine.leads.OfferStatus.OPEN, org.partnerengine.leads.OfferStatus.ACCEPTED)"
      + " group by o.partnerId")
  List<Object[]> countTakingCapacity(@Param("partners") Collection<Long> partners, @Param("since") Instant since);
}

package org.partnerengine.leads;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadCandidates extends JpaRepository<LeadCandidate, Long> {

  List<LeadCandidate> findByLeadIdAndRoundOrderByPartnerId(long leadId, int round);

  List<LeadCandidate> findByLeadIdOrderByRoundAscPartnerIdAsc(long leadId);
}

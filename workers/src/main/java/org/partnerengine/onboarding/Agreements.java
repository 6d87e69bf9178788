package org.partnerengine.onboarding;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Agreements extends JpaRepository<Agreement, Long> {

  Optional<Agreement> findByPartnerIdAndTemplateVersion(long partnerId, String templateVersion);

  List<Agreement> findByPartnerIdOrderByIdAsc(long partnerId);

  long countByPartnerId(long partnerId);
}

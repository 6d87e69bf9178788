package org.partnerengine.questions;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerQuestions extends JpaRepository<PartnerQuestion, Long> {

  Page<PartnerQuestion> findByPartnerIdOrderByIdDesc(long partnerId, Pageable page);

  Optional<PartnerQuestion> findByIdAndPartnerId(long id, long partnerId);
}

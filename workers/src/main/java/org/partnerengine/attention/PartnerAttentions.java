package org.partnerengine.attention;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerAttentions extends JpaRepository<PartnerAttention, Long> {

  Optional<PartnerAttention> findByPartnerIdAndReason(long partnerId, String reason);

  List<PartnerAttention> findByPartnerIdAndStatus(long partnerId, AttentionStatus status);

  Page<PartnerAttention> findByStatusAndKind(AttentionStatus status, AttentionKind kind, Pageable pageable);
}

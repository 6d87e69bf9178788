package org.partnerengine.onboarding;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementSignatures extends JpaRepository<AgreementSignature, Long> {

  Optional<AgreementSignature> findByAgreementId(long agreementId);
}

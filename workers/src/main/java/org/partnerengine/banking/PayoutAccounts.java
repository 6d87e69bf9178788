package org.partnerengine.banking;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PayoutAccounts extends JpaRepository<PayoutAccount, Long> {

  Optional<PayoutAccount> findByPartnerId(long partnerId);
}

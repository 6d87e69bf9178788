package org.partnerengine.cosell;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CoSellRequests extends JpaRepository<CoSellRequest, Long> {

  List<CoSellRequest> findByDealIdOrderByIdDesc(long dealId);

  default CoSellRequest require(long id) {
    return findById(id).orElseThrow(() -> new CoSellRequestNotFound(id));
  }
}

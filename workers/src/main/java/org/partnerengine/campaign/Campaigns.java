package org.partnerengine.campaign;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Campaigns extends JpaRepository<Campaign, Long> {

  default Campaign require(long id) {
    return findById(id).orElseThrow(() -> new CampaignNotFound("Campaign " + id));
  }

  Page<Campaign> findAllByOrderByIdDesc(Pageable page);

  List<Campaign> findByIdIn(List<Long> ids);
}

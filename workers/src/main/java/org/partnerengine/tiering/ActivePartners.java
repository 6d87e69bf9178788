package org.partnerengine.tiering;

import java.util.List;
import org.partnerengine.partner.Partner;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The partners the programme's periodic runs (tier reviews, rebates) go through. */
public interface ActivePartners extends Repository<Partner, Long> {

  @Query("select p.id from Partner p where p.stage = org.partnerengine.partner.Stage.ACTIVE order by p.id")
  List<Long> ids();
}

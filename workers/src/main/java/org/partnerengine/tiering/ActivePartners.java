package org.partnerengine.tiering;

import java.util.List;
import org.partnerengine.partner.Partner;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The partners the programme's periodic runs (tier reviews, rebates) go through. */
public interface ActivePartners extends Repository<Partner, Long> {

  /**
   * The active partners after this id, in id order: one range of the (stage, id) index, read in its
   * order and cut at the limit. Ordered by stage too, though it is one stage: H2 otherwise sorts the
   * whole range after the cursor for every page.
   */
  @Query(
      "select p.id from Partner p where p.stage = org.partnerengine.partner.Stage.ACTIVE and p.id > :afterId"
          + " order by p.stage, p.id")
  List<Long> idsAfter(long afterId, Limit limit);
}

package org.partnerengine.tiering;

import java.util.List;
import org.partnerengine.partner.Partners;
import org.springframework.transaction.annotation.Transactional;
import org.partnerengine.partner.PartnerNotFound;
import org.partnerengine.security.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/partners")
@Transactional(readOnly = true)
class TierHistoryController {

  private final Partners partners;
  private final TierChanges changes;

  TierHistoryController(Partners partners, TierChanges changes) {
    this.partners = partners;
    this.changes = changes;
  }

  /**
   * Every tier review of the partner, oldest first: a few a year, so not paged. A partner user sees
   * only its tier's moves.
   */
  @GetMapping("/{id}/tier-history")
  List<TierChangeView> tierHistory(@PathVariable long id, Authentication authentication) {
    Caller caller = Caller.of(authentication);
    if (!caller.mayAccessPartner(id)) {
      throw new PartnerNotFound(id);
    }
    partners.require(id);
    List<TierChange> reviews = changes.findByPartnerIdOrderByDecidedAtAscIdAsc(id);
    if (!caller.isStaff()) {
      return reviews.stream().flatMap(change -> TierChangeView.forPartner(change).stream()).toList();
    }
    return reviews.stream().map(TierChangeView::of).toList();
  }
}

package org.partnerengine.partner;

import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/partners")
@Transactional(readOnly = true)
class PartnerController {

  private final Partners partners;
  private final PartnerEvents events;

  PartnerController(Partners partners, PartnerEvents events) {
    this.partners = partners;
    this.events = events;
  }

  @GetMapping("/{id}")
  PartnerView partner(@PathVariable long id) {
    return PartnerView.of(partners.require(id));
  }

  @GetMapping("/{id}/history")
  List<HistoryEntry> history(@PathVariable long id) {
    partners.require(id);
    return events.findByPartnerIdOrderByOccurredAtAscIdAsc(id).stream().map(HistoryEntry::of).toList();
  }
}

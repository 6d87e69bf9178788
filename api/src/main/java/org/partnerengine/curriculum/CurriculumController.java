package org.partnerengine.curriculum;

import org.partnerengine.partner.PartnerNotFound;
import org.partnerengine.security.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A partner's required courses and its exams with progress, for the portal's checklist and the
 * manager's partner page. Another partner's id is 404 for a partner user, as on every partner
 * endpoint.
 */
@RestController
class CurriculumController {

  private final Curricula curricula;

  CurriculumController(Curricula curricula) {
    this.curricula = curricula;
  }

  @GetMapping("/api/partners/{id}/curriculum")
  Curriculum curriculum(@PathVariable long id, Authentication authentication) {
    if (!Caller.of(authentication).mayAccessPartner(id)) {
      throw new PartnerNotFound(id);
    }
    return curricula.of(id);
  }
}

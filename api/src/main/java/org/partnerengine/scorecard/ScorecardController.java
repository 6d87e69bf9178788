package org.partnerengine.scorecard;

import org.partnerengine.partner.PartnerNotFound;
import org.partnerengine.security.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A partner's scorecard: for staff, and for the partner itself (another partner's id is 404). */
@RestController
@RequestMapping("/api/partners")
public class ScorecardController {

  private final Scorecards scorecards;

  ScorecardController(Scorecards scorecards) {
    this.scorecards = scorecards;
  }

  @GetMapping("/{id}/scorecard")
  Scorecard scorecard(@PathVariable long id, Authentication authentication) {
    if (!Caller.of(authentication).mayAccessPartner(id)) {
      throw new PartnerNotFound(id);
    }
    return scorecards.of(id);
  }
}

package org.partnerengine.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerFacingHistoryTest {

  @Test
  void aPartnerSeesItsMilestonesButNoStaffNamesReasonsScoresOrAttentionFindings() {
    List<PartnerEvent> events =
        List.of(
            event("APPLICATION_RECEIVED", "applicant", "Acme"),
            event("DUE_DILIGENCE_PASSED", "system", null),
            event("APPLICATION_APPROVED", "approver", "approved by an approver, fit score 72: cheap reseller, watch margins"),
            event("ATTENTION_RAISED", "partner-attention rules", "AT_RISK"),
            event("TIER_KEPT", "manager", "GOLD kept (proposed SILVER): revenue down"),
            event("TIER_UPGRADED", "manager", "REGISTERED -> SILVER: big deal won"),
            event("AGREEMENT_SIGNED", "ada@acme.example", "Agreement signed"),
            event("SOMETHING_NEW", "system", "internal"));

    List<PartnerFacingHistory.Line> lines = PartnerFacingHistory.of(events, "ada@acme.example");

    assertThat(lines).extracting(PartnerFacingHistory.Line::type)
        .containsExactly("APPLICATION_RECEIVED", "APPLICATION_APPROVED", "TIER_UPGRADED", "AGREEMENT_SIGNED");
    assertThat(lines).extracting(PartnerFacingHistory.Line::detail)
        .containsExactly("Acme", null, "REGISTERED -> SILVER", "Agreement signed");
    assertThat(lines).extracting(PartnerFacingHistory.Line::actor)
        .containsExactly("You", "Partner team", "Partner team", "You");
  }

  private static PartnerEvent event(String type, String actor, String detail) {
    return new PartnerEvent(1, Instant.EPOCH, type, Stage.RECRUIT, actor, detail, null);
  }
}

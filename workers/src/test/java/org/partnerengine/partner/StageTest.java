package org.partnerengine.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StageTest {

  private final Partner partner =
      new Partner("Acme", PartnerType.RESELLER, "DE", "acme.de", "Ada", "ada@acme.de", BigDecimal.ONE, 1, Instant.EPOCH);

  @Test
  void followsTheLifecycleInOrder() {
    for (Stage next : new Stage[] {Stage.ONBOARD, Stage.ENABLE, Stage.CERTIFY, Stage.ACTIVE}) {
      partner.enterStage(next, Instant.EPOCH);
    }
    assertThat(partner.getStage()).isEqualTo(Stage.ACTIVE);
  }

  @Test
  void refusesToSkipAStage() {
    assertThatThrownBy(() -> partner.enterStage(Stage.ACTIVE, Instant.EPOCH))
        .isInstanceOf(IllegalStageTransition.class)
        .hasMessageContaining("RECRUIT to ACTIVE");
  }

  @Test
  void aRejectedPartnerStaysRejected() {
    partner.enterStage(Stage.REJECTED, Instant.EPOCH);
    assertThatThrownBy(() -> partner.enterStage(Stage.ONBOARD, Instant.EPOCH))
        .isInstanceOf(IllegalStageTransition.class);
  }

  @Test
  void enteringTheSameStageAgainChangesNothing() {
    partner.enterStage(Stage.RECRUIT, Instant.EPOCH.plusSeconds(5));
    assertThat(partner.getUpdatedAt()).isEqualTo(Instant.EPOCH);
  }
}

package org.partnerengine.tiering;

import java.math.BigDecimal;
import java.time.Instant;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;

/** Partners in the stage and tier a test needs, walked there through the allowed transitions. */
public final class TestPartners {

  private TestPartners() {}

  public static Partner create(Partners partners, Stage stage, String tier) {
    Partner partner =
        new Partner("Acme", PartnerType.RESELLER, "DE", "acme.de", "Ada", "ada@acme.de", BigDecimal.TEN, 3, Instant.EPOCH);
    for (Stage next : new Stage[] {Stage.ONBOARD, Stage.ENABLE, Stage.CERTIFY, Stage.ACTIVE}) {
      if (partner.getStage() == stage) {
        break;
      }
      partner.enterStage(next, Instant.EPOCH);
    }
    if (tier != null) {
      partner.changeTier(tier, Instant.EPOCH);
    }
    return partners.saveAndFlush(partner);
  }
}

package org.partnerengine;

import java.math.BigDecimal;
import java.time.Instant;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;

/** An active reseller stored directly, for tests about what active partners do; its domain is {@code <name>.com}. */
public final class ActivePartners {

  private ActivePartners() {}

  public static long store(Partners partners, String name, String country) {
    Partner partner = new Partner(name, PartnerType.RESELLER, country, "https://" + name + ".com", "Pat Partner", "pat@" + name + ".com",
        new BigDecimal("2500000"), 40, Instant.now());
    for (Stage stage : new Stage[] {Stage.ONBOARD, Stage.ENABLE, Stage.CERTIFY, Stage.ACTIVE}) {
      partner.enterStage(stage, Instant.now());
    }
    return partners.saveAndFlush(partner).getId();
  }
}

package org.partnerengine.partner;

import java.math.BigDecimal;
import java.time.Instant;

/** A partner as the API shows it. */
public record PartnerView(
    long id,
    String companyName,
    PartnerType partnerType,
    String country,
    String website,
    String companyDomain,
    String contactName,
    String contactEmail,
    BigDecimal annualRevenue,
    int employees,
    Stage stage,
    String tier,
    Long processInstanceKey,
    Instant createdAt,
    Instant updatedAt) {

  public static PartnerView of(Partner partner) {
    return view(partner, partner.getProcessInstanceKey());
  }

  /** The partner as its own users see it: no engine internals. */
  public static PartnerView forPartner(Partner partner) {
    return view(partner, null);
  }

  private static PartnerView view(Partner partner, Long processInstanceKey) {
    return new PartnerView(
        partner.getId(),
        partner.getCompanyName(),
        partner.getPartnerType(),
        partner.getCountry(),
        partner.getWebsite(),
        partner.getCompanyDomain(),
        partner.getContactName(),
        partner.getContactEmail(),
        partner.getAnnualRevenue(),
        partner.getEmployees(),
        partner.getStage(),
        partner.getTier(),
        processInstanceKey,
        partner.getCreatedAt(),
        partner.getUpdatedAt());
  }
}

package org.partnerengine.recruitment;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screens an applicant: a restricted country, a restricted company name, or another live
 * application from the same company domain fails it. The first result is stored and answered again
 * for the same partner, so a redelivered job neither checks twice nor changes its mind.
 */
@Service
public class DueDiligence {

  private final Partners partners;
  private final DueDiligenceChecks checks;
  private final PartnerHistory history;
  private final RecruitmentSettings settings;
  private final Clock clock;

  public DueDiligence(
      Partners partners, DueDiligenceChecks checks, PartnerHistory history, RecruitmentSettings settings, Clock clock) {
    this.partners = partners;
    this.checks = checks;
    this.history = history;
    this.settings = settings;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public DueDiligenceCheck check(long partnerId) {
    Optional<DueDiligenceCheck> earlier = checks.findByPartnerId(partnerId);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Partner partner = partners.require(partnerId);
    String failure = failure(partner);
    DueDiligenceCheck check =
        checks.saveAndFlush(
            new DueDiligenceCheck(
                partnerId, failure == null ? DueDiligenceOutcome.PASSED : DueDiligenceOutcome.FAILED, failure, clock.instant()));
    history.recordOnce(
        "partner-" + partnerId + ":due-diligence",
        partner,
        check.passed() ? "DUE_DILIGENCE_PASSED" : "DUE_DILIGENCE_FAILED",
        "system",
        failure);
    return check;
  }

  private String failure(Partner partner) {
    if (settings.restrictedCountries().stream().anyMatch(country -> country.equalsIgnoreCase(partner.getCountry()))) {
      return "restricted country " + partner.getCountry();
    }
    String name = partner.getCompanyName().toLowerCase(Locale.ROOT);
    for (String entity : settings.restrictedEntities()) {
      if (name.contains(entity.toLowerCase(Locale.ROOT))) {
        return "restricted entity " + entity;
      }
    }
    if (partner.getCompanyDomain() != null) {
      List<Long> others = checks.otherLiveApplications(partner.getCompanyDomain(), partner.getId());
      if (!others.isEmpty()) {
        return "duplicate application: partner " + others.get(0) + " has the domain " + partner.getCompanyDomain();
      }
    }
    return null;
  }
}

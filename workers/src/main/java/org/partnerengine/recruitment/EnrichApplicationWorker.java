package org.partnerengine.recruitment;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.annotation.Variable;
import java.time.Clock;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.partnerengine.region.CountryRegions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first step of every lifecycle: normalises the application (company domain), gives the partner
 * its region (from its country) and binds the partner to its process instance, in case the process
 * started but the applicant's request did not get to record the key.
 */
@Component
public class EnrichApplicationWorker {

  static final String JOB_TYPE = "partner.enrich-application";

  private final Partners partners;
  private final PartnerHistory history;
  private final CountryRegions regions;
  private final Clock clock;

  public EnrichApplicationWorker(Partners partners, PartnerHistory history, CountryRegions regions, Clock clock) {
    this.partners = partners;
    this.history = history;
    this.regions = regions;
    this.clock = clock;
  }

  @JobWorker(type = JOB_TYPE)
  @Transactional
  public void enrich(@Variable long partnerId, @ProcessInstanceKey long processInstanceKey) {
    // Held from the start: the applicant's request may be binding the key right now.
    Partner partner = partners.requireForUpdate(partnerId);
    partner.attachProcessInstance(processInstanceKey, clock.instant());
    partner.assignRegion(regions.regionFor(partner.getCountry()).getId(), clock.instant());
    String domain = CompanyDomain.of(partner.getWebsite());
    if (history.recordOnce(
        "partner-" + partnerId + ":application-enriched",
        partner,
        "APPLICATION_ENRICHED",
        "system",
        "company domain " + domain)) {
      partner.recordCompanyDomain(domain, clock.instant());
    }
  }
}

package org.partnerengine.recruitment;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import java.util.List;
import java.util.Map;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks that the application can be screened (still in recruitment, enriched) and hands the
 * screening its non-personal facts. Reads only: running it twice changes nothing.
 */
@Component
public class ValidateApplicationWorker {

  static final String JOB_TYPE = "recruitment.validate-application";

  private final Partners partners;

  public ValidateApplicationWorker(Partners partners) {
    this.partners = partners;
  }

  @JobWorker(type = JOB_TYPE)
  @Transactional(readOnly = true)
  public ApplicationFacts validate(@Variable long partnerId) {
    Partner partner = partners.require(partnerId);
    if (partner.getStage() != Stage.RECRUIT) {
      throw CamundaError.jobError("Partner " + partnerId + " is in " + partner.getStage() + ", not in recruitment", Map.of(), 0);
    }
    if (partner.getCompanyDomain() == null) {
      throw CamundaError.jobError("Partner " + partnerId + " has not been enriched yet");
    }
    // Specialisations are not part of the application form yet; the decision scores none.
    return new ApplicationFacts(
        partner.getPartnerType().name(), partner.getCountry(), partner.getAnnualRevenue(), partner.getEmployees(), List.of());
  }
}

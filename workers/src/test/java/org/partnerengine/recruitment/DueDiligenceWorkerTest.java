package org.partnerengine.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.exception.BpmnError;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.WorkerFixtures;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerEvents;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@DatabaseTest
@Import({DueDiligenceWorker.class, DueDiligence.class, PartnerHistory.class, WorkerFixtures.class})
class DueDiligenceWorkerTest {

  @Autowired DueDiligenceWorker worker;
  @Autowired Partners partners;
  @Autowired DueDiligenceChecks checks;
  @Autowired PartnerEvents events;

  @Test
  void anApplicantWithNothingAgainstItPasses() {
    long partnerId = partners.saveAndFlush(WorkerFixtures.applicant()).getId();

    worker.check(partnerId);

    assertThat(checks.findByPartnerId(partnerId)).get().extracting(DueDiligenceCheck::getOutcome).isEqualTo(DueDiligenceOutcome.PASSED);
    assertThat(events.countByPartnerIdAndType(partnerId, "DUE_DILIGENCE_PASSED")).isEqualTo(1);
  }

  @Test
  void rejectsAnApplicantFromASanctionedCountry() {
    long partnerId = partners.saveAndFlush(WorkerFixtures.applicant("Pyongyang Systems", "KP", "pyongyang-systems.example")).getId();

    assertThatThrownBy(() -> worker.check(partnerId))
        .isInstanceOfSatisfying(
            BpmnError.class,
            e -> {
              assertThat(e.getErrorCode()).isEqualTo("DUE_DILIGENCE_FAILED");
              assertThat(e.getVariables()).isEqualTo(Map.of("rejectionReason", "restricted country KP"));
            });
    assertThat(checks.findByPartnerId(partnerId)).get().extracting(DueDiligenceCheck::getOutcome).isEqualTo(DueDiligenceOutcome.FAILED);
  }

  @Test
  void rejectsAnApplicantOnTheRestrictedEntityList() {
    long partnerId =
        partners.saveAndFlush(WorkerFixtures.applicant("BLOCKED EXAMPLE HOLDINGS Europe BV", "NL", "blocked.example")).getId();

    assertThatThrownBy(() -> worker.check(partnerId))
        .isInstanceOf(BpmnError.class)
        .hasMessageContaining("restricted entity Blocked Example Holdings");
  }

  @Test
  void rejectsASecondApplicationFromTheSameCompanyDomain() {
    long first = partners.saveAndFlush(WorkerFixtures.applicant()).getId();
    long second = partners.saveAndFlush(WorkerFixtures.applicant("Acme Cloud AG", "CH", "acme-cloud.de")).getId();

    assertThatThrownBy(() -> worker.check(second))
        .isInstanceOf(BpmnError.class)
        .hasMessageContaining("duplicate application: partner " + first);
  }

  @Test
  void aRejectedEarlierApplicationIsNoDuplicate() {
    Partner earlier = WorkerFixtures.applicant();
    earlier.enterStage(Stage.REJECTED, WorkerFixtures.NOW);
    partners.saveAndFlush(earlier);
    long again = partners.saveAndFlush(WorkerFixtures.applicant()).getId();

    worker.check(again);

    assertThat(checks.findByPartnerId(again)).get().extracting(DueDiligenceCheck::passed).isEqualTo(true);
  }

  @Test
  void aJobDeliveredTwiceChecksOnceAndAnswersTheSame() {
    long partnerId = partners.saveAndFlush(WorkerFixtures.applicant("Pyongyang Systems", "KP", "pyongyang-systems.example")).getId();

    assertThatThrownBy(() -> worker.check(partnerId)).isInstanceOf(BpmnError.class);
    assertThatThrownBy(() -> worker.check(partnerId)).isInstanceOf(BpmnError.class).hasMessageContaining("restricted country KP");

    assertThat(checks.countByPartnerId(partnerId)).isEqualTo(1);
    assertThat(events.countByPartnerIdAndType(partnerId, "DUE_DILIGENCE_FAILED")).isEqualTo(1);
  }

  @Test
  void theBundledListsAreTheDefaultsAndConfigurationReplacesThem() {
    assertThat(RecruitmentSettings.defaults().restrictedCountries()).contains("KP", "IR").doesNotContain("DE");
    assertThat(new RecruitmentSettings(null, null, java.util.List.of("DE"), null).restrictedCountries()).containsExactly("DE");
  }
}

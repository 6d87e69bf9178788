package org.partnerengine.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.WorkerFixtures;
import org.partnerengine.account.AccountService;
import org.partnerengine.account.PortalAccounts;
import org.partnerengine.notification.NotificationOutbox;
import org.partnerengine.notification.Notifications;
import org.partnerengine.partner.PartnerEvents;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@DatabaseTest
@Import({
  GenerateAgreementWorker.class,
  AgreementTemplates.class,
  RecordSignatureWorker.class,
  AgreementReminderWorker.class,
  ProvisionAccountWorker.class,
  AccountService.class,
  PartnerHistory.class,
  NotificationOutbox.class,
  WorkerFixtures.class
})
class OnboardingWorkersTest {

  @Autowired GenerateAgreementWorker generateAgreement;
  @Autowired RecordSignatureWorker recordSignature;
  @Autowired AgreementReminderWorker agreementReminder;
  @Autowired ProvisionAccountWorker provisionAccount;
  @Autowired Partners partners;
  @Autowired Agreements agreements;
  @Autowired PortalAccounts accounts;
  @Autowired Notifications notifications;
  @Autowired PartnerEvents events;

  @Test
  void generatesTheAgreementFromTheConfiguredTemplateVersion() {
    long partnerId = partners.saveAndFlush(WorkerFixtures.applicant()).getId();

    AgreementVersion version = generateAgreement.generate(partnerId);

    Agreement agreement = agreements.findByPartnerIdAndTemplateVersion(partnerId, "v1").orElseThrow();
    assertThat(version.agreementVersion()).isEqualTo("v1");
    assertThat(agreement.getContent())
        .contains("Acme Cloud GmbH (DE)", "as SYSTEM_INTEGRATOR", "starts on 2026-03-01")
        .doesNotContain("${");
    assertThat(agreement.getContentHash()).hasSize(64);
    assertThat(agreement.isSigned()).isFalse();
  }

  @Test
  void anAgreementJobDeliveredTwiceGeneratesOneAgreement() {
    long partnerId = partners.saveAndFlush(WorkerFixtures.applicant()).getId();

    generateAgreement.generate(partnerId);
    generateAgreement.generate(partnerId);

    assertThat(agreements.countByPartnerId(partnerId)).isEqualTo(1);
    assertThat(events.countByPartnerIdAndType(partnerId, "AGREEMENT_GENERATED")).isEqualTo(1);
  }

  @Test
  void aSignatureDeliveredTwiceKeepsTheFirstSigningTime() {
    long partnerId = partners.saveAndFlush(WorkerFixtures.applicant()).getId();
    generateAgreement.generate(partnerId);

    recordSignature.recordSignature(partnerId, "v1");
    recordSignature.recordSignature(partnerId, "v1");

    assertThat(agreements.findByPartnerIdAndTemplateVersion(partnerId, "v1").orElseThrow().getSignedAt()).isEqualTo(WorkerFixtures.NOW);
    assertThat(events.countByPartnerIdAndType(partnerId, "AGREEMENT_SIGNED")).isEqualTo(1);
  }

  @Test
  void eachAgreementReminderNotifiesThePartnerOnce() {
    long partnerId = partners.saveAndFlush(WorkerFixtures.applicant()).getId();

    agreementReminder.remind(partnerId, 700L);
    agreementReminder.remind(partnerId, 700L);

    assertThat(notifications.countByPartnerIdAndTemplate(partnerId, "agreement-reminder")).isEqualTo(1);
  }

  @Test
  void provisioningDeliveredTwiceMakesOneAccountAndOneInvitation() {
    long partnerId = partners.saveAndFlush(WorkerFixtures.applicant()).getId();

    provisionAccount.provision(partnerId);
    provisionAccount.provision(partnerId);

    assertThat(accounts.findByPartnerId(partnerId)).get().extracting(a -> a.getUsername()).isEqualTo("ada@acme-cloud.de");
    assertThat(accounts.count()).isEqualTo(1);
    assertThat(notifications.countByPartnerIdAndTemplate(partnerId, "portal-invitation")).isEqualTo(1);
    String link = notifications.findByPartnerIdOrderByIdAsc(partnerId).get(0).getLink();
    assertThat(link).matches("/#/invitation/[A-Za-z0-9_-]{43}");
    String token = link.substring(link.lastIndexOf('/') + 1);
    assertThat(events.findByPartnerIdOrderByOccurredAtAscIdAsc(partnerId))
        .extracting(e -> String.valueOf(e.getDetail()))
        .isNotEmpty()
        .noneMatch(detail -> detail.contains(token));
  }
}

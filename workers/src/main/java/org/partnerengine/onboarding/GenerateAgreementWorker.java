package org.partnerengine.onboarding;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import org.partnerengine.notification.NotificationOutbox;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates the partner's agreement from the configured template version and tells the partner it
 * is ready to sign, once per version.
 */
@Component
public class GenerateAgreementWorker {

  static final String JOB_TYPE = "onboarding.generate-agreement";
  static final String TEMPLATE = "agreement-ready";

  private final Partners partners;
  private final Agreements agreements;
  private final AgreementTemplates templates;
  private final PartnerHistory history;
  private final OnboardingSettings settings;
  private final Clock clock;
  private final NotificationOutbox outbox;

  public GenerateAgreementWorker(
      Partners partners,
      Agreements agreements,
      AgreementTemplates templates,
      PartnerHistory history,
      OnboardingSettings settings,
      Clock clock,
      NotificationOutbox outbox) {
    this.partners = partners;
    this.agreements = agreements;
    this.templates = templates;
    this.history = history;
    this.settings = settings;
    this.clock = clock;
    this.outbox = outbox;
  }

  @JobWorker(type = JOB_TYPE)
  @Transactional
  public AgreementVersion generate(@Variable long partnerId) {
    String version = settings.agreementTemplateVersion();
    Partner partner = partners.require(partnerId);
    if (agreements.findByPartnerIdAndTemplateVersion(partnerId, version).isEmpty()) {
      String content = templates.render(version, partner, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
      agreements.saveAndFlush(new Agreement(partnerId, version, content, sha256(content), clock.instant()));
      history.recordOnce(
          "partner-" + partnerId + ":agreement-generated:" + version, partner, "AGREEMENT_GENERATED", "system", "template " + version);
    }
    outbox.enqueue(partnerId, TEMPLATE, "partner-" + partnerId + ":agreement-ready:" + version, Map.of("agreementVersion", version));
    return new AgreementVersion(version);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

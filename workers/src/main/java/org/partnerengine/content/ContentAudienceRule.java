package org.partnerengine.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnerengine.certification.CertificateStatus;
import org.partnerengine.certification.Certificates;
import org.partnerengine.engine.DecisionEvaluator;
import org.partnerengine.partner.Partner;
import org.springframework.stereotype.Component;

/**
 * Asks the content-audience decision whether a partner may see an asset. The partner's facts are
 * read once ({@link #factsOf}) and asked against many assets.
 */
@Component
public class ContentAudienceRule {

  static final String DECISION_ID = "content-audience";

  private final DecisionEvaluator decisions;
  private final Certificates certificates;

  public ContentAudienceRule(DecisionEvaluator decisions, Certificates certificates) {
    this.decisions = decisions;
    this.certificates = certificates;
  }

  /** What the decision knows of a partner: type, tier, country (its region), certificates, stage. */
  public record PartnerFacts(String partnerType, String tier, String country, String stage, List<String> certificates) {}

  public PartnerFacts factsOf(Partner partner) {
    List<String> held =
        certificates.findByPartnerIdOrderByIssuedAtDescIdDesc(partner.getId()).stream()
            .filter(c -> c.getStatus() == CertificateStatus.ACTIVE)
            .map(c -> c.getExamId())
            .distinct()
            .toList();
    return new PartnerFacts(
        partner.getPartnerType() == null ? null : partner.getPartnerType().name(),
        partner.getTier(),
        partner.getCountry(),
        partner.getStage() == null ? null : partner.getStage().name(),
        held);
  }

  public boolean admits(PartnerFacts partner, ContentAsset asset) {
    ContentAudience audience = asset.getAudience();
    return Boolean.parseBoolean(decisions.evaluate(
        DECISION_ID, variables(partner, audience.partnerTypes(), audience.minimumTier(), audience.countries(), audience.certificate())).strip());
  }

  /** What an audience decision reads: the partner's facts and the audience's conditions (content-audience, campaign-eligibility). */
  public static Map<String, Object> variables(
      PartnerFacts partner, List<String> partnerTypes, String minimumTier, List<String> countries, String certificate) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("partnerType", partner.partnerType());
    variables.put("tier", partner.tier());
    variables.put("country", partner.country());
    variables.put("stage", partner.stage());
    variables.put("certificates", partner.certificates());
    variables.put("audiencePartnerTypes", partnerTypes);
    variables.put("audienceMinimumTier", minimumTier);
    variables.put("audienceCountries", countries);
    variables.put("audienceCertificate", certificate);
    return variables;
  }
}

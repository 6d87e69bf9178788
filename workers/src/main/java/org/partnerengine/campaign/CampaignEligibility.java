package org.partnerengine.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.partnerengine.content.ContentAudienceRule;
import org.partnerengine.engine.DecisionEvaluator;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.Partners;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks the campaign-eligibility decision which partners a campaign invites, and why the others are
 * left out. Partners that were turned down or left are not asked at all.
 */
@Component
public class CampaignEligibility {

  static final String DECISION_ID = "campaign-eligibility";

  /** One partner's verdict; the reason is the decision's (IN_AUDIENCE, NOT_ACTIVE, TIER, ...). */
  public record Verdict(long partnerId, String companyName, String tier, boolean eligible, String reason) {}

  private final DecisionEvaluator decisions;
  private final ContentAudienceRule facts;
  private final Partners partners;
  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  public CampaignEligibility(DecisionEvaluator decisions, ContentAudienceRule facts, Partners partners, JdbcTemplate jdbc, ObjectMapper json) {
    this.decisions = decisions;
    this.facts = facts;
    this.partners = partners;
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Every partner in the programme, with the decision's verdict on this audience. */
  @Transactional(readOnly = true)
  public List<Verdict> judgeAll(CampaignAudience audience) {
    List<Long> ids = jdbc.queryForList("select id from partner where stage not in ('REJECTED', 'OFFBOARDED') order by id", Long.class);
    return ids.stream().map(id -> judge(partners.require(id), audience)).toList();
  }

  Verdict judge(Partner partner, CampaignAudience audience) {
    Map<String, Object> variables = ContentAudienceRule.variables(
        facts.factsOf(partner), audience.partnerTypes(), audience.minimumTier(), audience.countries(), audience.certificate());
    JsonNode verdict;
    try {
      verdict = json.readTree(decisions.evaluate(DECISION_ID, variables));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("The campaign-eligibility decision answered no JSON", e);
    }
    return new Verdict(partner.getId(), partner.getCompanyName(), partner.getTier(), verdict.path("eligible").asBoolean(false), verdict.path("reason").asText(null));
  }
}

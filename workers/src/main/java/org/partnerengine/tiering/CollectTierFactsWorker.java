package org.partnerengine.tiering;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.Partners;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads what the partner-tier decision needs: revenue and win rate over the window, certificates now. */
@Component
public class CollectTierFactsWorker {

  static final String JOB_TYPE = "tiering.collect-tier-facts";

  private final Partners partners;
  private final TierFactsSource facts;
  private final TieringSettings settings;
  private final Clock clock;

  public CollectTierFactsWorker(Partners partners, TierFactsSource facts, TieringSettings settings, Clock clock) {
    this.partners = partners;
    this.facts = facts;
    this.settings = settings;
    this.clock = clock;
  }

  /** The decision's inputs and the tier it is compared with. */
  public record Collected(BigDecimal bookedRevenue, int activeCertificates, BigDecimal winRate, String currentTier, String region) {}

  @JobWorker(type = JOB_TYPE)
  @Transactional(readOnly = true)
  public Collected collect(@Variable long partnerId) {
    Partner partner = partners.require(partnerId);
    Instant now = clock.instant();
    Instant from = now.atOffset(ZoneOffset.UTC).minus(settings.revenueWindow()).toInstant();
    TierFacts found = facts.factsFor(partnerId, from, now);
    return new Collected(
        found.bookedRevenue(), found.activeCertificates(), found.winRate(), Tier.of(partner.getTier()).name(),
        partners.regionCodeOf(partnerId).orElse(null));
  }
}

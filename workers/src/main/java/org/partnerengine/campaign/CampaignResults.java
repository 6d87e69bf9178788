package org.partnerengine.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnerengine.money.FxRates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign's results by link: its responses are leads naming a participation, a lead names the
 * deal it converted to, and the MDF that funded a part names it too. Revenue counts verified won
 * deals only, in the programme currency at each deal's close-date rate; MDF spent is what was paid
 * out. The comparison with eligible partners who did not opt in is a difference over the same
 * period, not an effect: partners chose whether to take part.
 */
@Service
public class CampaignResults {

  public record PartnerResult(
      long participationId,
      long partnerId,
      String companyName,
      ParticipationStatus status,
      long responses,
      long leadsConverted,
      long dealsWon,
      BigDecimal revenue,
      BigDecimal mdfSpent,
      BigDecimal returnOnMdf) {}

  public record Totals(long responses, long leadsConverted, long dealsWon, BigDecimal revenue, BigDecimal mdfSpent, BigDecimal returnOnMdf) {}

  /** Won revenue per partner over the period, all deals (linked or not), for one group of partners. */
  public record Group(long partners, BigDecimal revenuePerPartner) {}

  public record Comparison(LocalDate from, LocalDate to, Group launched, Group notOptedIn, BigDecimal difference, String reading) {}

  public record Results(long campaignId, String currency, List<PartnerResult> partners, Totals total, Comparison comparison) {}

  private final JdbcTemplate jdbc;
  private final Campaigns campaigns;
  private final FxRates rates;
  private final Clock clock;

  public CampaignResults(JdbcTemplate jdbc, Campaigns campaigns, FxRates rates, Clock clock) {
    this.jdbc = jdbc;
    this.campaigns = campaigns;
    this.rates = rates;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Results of(long campaignId) {
    Campaign campaign = campaigns.require(campaignId);
    List<PartnerResult> rows = new ArrayList<>();
    for (Map<String, Object> p : jdbc.queryForList(
        "select cp.id, cp.partner_id, cp.status, pa.company_name from campaign_participation cp join partner pa on pa.id = cp.partner_id"
            + " where cp.campaign_id = ? order by cp.id", campaignId)) {
      long participationId = ((Number) p.get("id")).longValue();
      Map<String, Object> leads = jdbc.queryForMap(
          "select count(*) responses, coalesce(sum(case when status = 'CONVERTED' then 1 else 0 end), 0) converted"
              + " from sales_lead where campaign_participation_id = ?", participationId);
      Map<String, Object> won = jdbc.queryForMap(
          "select count(d.id) deals, coalesce(sum(coalesce(d.programme_amount, d.outcome_amount, d.amount)), 0) revenue"
              + " from sales_lead l join deal d on d.id = l.deal_id where l.campaign_participation_id = ? and d.status = 'WON'", participationId);
      BigDecimal spent = jdbc.queryForObject(
          "select coalesce(sum(coalesce(mp.programme_amount, mp.amount)), 0) from mdf_payout mp join mdf_request r on r.id = mp.mdf_request_id"
              + " where r.campaign_participation_id = ?", BigDecimal.class, participationId);
      BigDecimal revenue = money(won.get("revenue"));
      rows.add(new PartnerResult(
          participationId,
          ((Number) p.get("partner_id")).longValue(),
          (String) p.get("company_name"),
          ParticipationStatus.valueOf((String) p.get("status")),
          ((Number) leads.get("responses")).longValue(),
          ((Number) leads.get("converted")).longValue(),
          ((Number) won.get("deals")).longValue(),
          revenue,
          money(spent),
          returnOn(revenue, money(spent))));
    }
    BigDecimal revenue = rows.stream().map(PartnerResult::revenue).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    BigDecimal spent = rows.stream().map(PartnerResult::mdfSpent).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    Totals total = new Totals(
        rows.stream().mapToLong(PartnerResult::responses).sum(),
        rows.stream().mapToLong(PartnerResult::leadsConverted).sum(),
        rows.stream().mapToLong(PartnerResult::dealsWon).sum(),
        revenue,
        spent,
        returnOn(revenue, spent));
    return new Results(campaignId, rates.programmeCurrency(), rows, total, comparison(campaign));
  }

  private Comparison comparison(Campaign campaign) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate from = campaign.getStartsOn();
    LocalDate to = campaign.getEndsOn().isBefore(today) ? campaign.getEndsOn() : today;
    Group launched = group(campaign.getId(), "cp.launched_at is not null", from, to);
    Group notOptedIn = group(campaign.getId(), "cp.status in ('DECLINED', 'EXPIRED')", from, to);
    BigDecimal difference = launched.partners() == 0 || notOptedIn.partners() == 0 ? null : launched.revenuePerPartner().subtract(notOptedIn.revenuePerPartner());
    return new Comparison(from, to, launched, notOptedIn, difference,
        "Won revenue per partner over the campaign's dates, of the partners that launched against the eligible partners that did not opt in."
            + " A difference, not an effect: partners chose whether to take part.");
  }

  /** The group's condition is this class's constant SQL, never input. */
  private Group group(long campaignId, String condition, LocalDate from, LocalDate to) {
    List<Long> partners = jdbc.queryForList(
        "select cp.partner_id from campaign_participation cp where cp.campaign_id = ? and " + condition, Long.class, campaignId);
    if (partners.isEmpty() || to.isBefore(from)) {
      return new Group(partners.size(), BigDecimal.ZERO.setScale(2));
    }
    BigDecimal revenue = money(jdbc.queryForObject(
        "select coalesce(sum(coalesce(d.programme_amount, d.outcome_amount, d.amount)), 0) from deal d join campaign_participation cp"
            + " on cp.partner_id = d.partner_id and cp.campaign_id = ? and " + condition
            + " where d.status = 'WON' and d.closed_on between ? and ?",
        BigDecimal.class, campaignId, from, to));
    return new Group(partners.size(), revenue.divide(BigDecimal.valueOf(partners.size()), 2, RoundingMode.HALF_UP));
  }

  private static BigDecimal money(Object value) {
    return (value == null ? BigDecimal.ZERO : new BigDecimal(value.toString())).setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal returnOn(BigDecimal revenue, BigDecimal spent) {
    return spent.signum() == 0 ? null : revenue.divide(spent, 2, RoundingMode.HALF_UP);
  }
}

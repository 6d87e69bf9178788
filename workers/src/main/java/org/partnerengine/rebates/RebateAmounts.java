package org.partnerengine.rebates;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnerengine.deals.CreditedWins;
import org.partnerengine.deals.CreditedWins.CreditedWin;
import org.partnerengine.money.Converter;
import org.partnerengine.money.FxRates;
import org.springframework.stereotype.Component;

/**
 * Recorded rebates in another currency than the one they were recorded in (a region's). A rebate is
 * its rate times the quarter's credited revenue; in another currency it is the same rate times the
 * same wins, each converted at its own rate date ({@link CreditedWins}), never the rebate converted
 * at one later rate. The wins are the ones the rebate was worked out from: closed in its quarter,
 * split as approved when it was recorded. A rebate recorded as zero (below the minimum) stays zero.
 * In the currency it was recorded in, the recorded amount itself.
 */
@Component
public class RebateAmounts {

  private final Rebates rebates;
  private final CreditedWins wins;

  public RebateAmounts(Rebates rebates, CreditedWins wins) {
    this.rebates = rebates;
    this.wins = wins;
  }

  /** The partner's rebates by quarter (2026-Q1). */
  public Map<String, Rebate> ofPartner(long partnerId) {
    return rebates.findByPartnerIdOrderByQuarterAsc(partnerId).stream().collect(Collectors.toMap(Rebate::getQuarter, r -> r));
  }

  /** The rebate in the converter's currency. */
  public BigDecimal in(Converter converter, Rebate rebate) {
    if (converter.target().equals(rebate.getCurrency())) {
      return rebate.getAmount();
    }
    Quarter quarter = Quarter.parse(rebate.getQuarter());
    return of(rebate, wins.in(converter, wins.ofPartnerRebate(rebate.getPartnerId(), rebate.getQuarter(), quarter.start(), quarter.end())), converter);
  }

  /** The quarter's rebates of the partners now in the region, added up in the converter's currency. */
  public BigDecimal totalIn(Converter converter, long regionId, Quarter quarter) {
    List<Rebate> recorded = rebates.findByQuarterAndRegion(quarter.toString(), regionId);
    Map<Long, List<CreditedWin>> basis =
        recorded.stream().allMatch(r -> converter.target().equals(r.getCurrency()))
            ? Map.of()
            : wins.ofRegionRebates(regionId, quarter.toString(), quarter.start(), quarter.end()).stream()
                .collect(Collectors.groupingBy(CreditedWin::partnerId));
    BigDecimal total = BigDecimal.ZERO;
    for (Rebate rebate : recorded) {
      total = total.add(
          converter.target().equals(rebate.getCurrency())
              ? rebate.getAmount()
              : of(rebate, wins.in(converter, basis.getOrDefault(rebate.getPartnerId(), List.of())), converter));
    }
    return FxRates.round(total, converter.target());
  }

  private static BigDecimal of(Rebate rebate, BigDecimal revenue, Converter converter) {
    if (rebate.getAmount().signum() == 0) {
      return FxRates.round(BigDecimal.ZERO, converter.target());
    }
    return Rebate.amountOf(revenue, rebate.getRatePercent(), converter.target());
  }
}

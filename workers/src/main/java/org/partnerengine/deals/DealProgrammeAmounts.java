package org.partnerengine.deals;

import java.util.List;
import org.partnerengine.money.FxRateMissing;
import org.partnerengine.money.FxRates;
import org.partnerengine.money.FxRatesImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Books the verified wins that have no amount in the programme currency yet: wins recorded before
 * amounts were converted, and wins booked in a programme currency configured before the current one.
 * Runs after each rate import. Each is converted at its close date's rate, one transaction per deal;
 * a win whose rate is still missing waits for a later import and is counted in the log.
 */
@Component
public class DealProgrammeAmounts {

  private static final Logger log = LoggerFactory.getLogger(DealProgrammeAmounts.class);

  private final Deals deals;
  private final FxRates rates;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  public DealProgrammeAmounts(Deals deals, FxRates rates, JdbcTemplate jdbc, TransactionTemplate transaction) {
    this.deals = deals;
    this.rates = rates;
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  @EventListener
  void afterImport(FxRatesImported imported) {
    backfill();
  }

  /** Answers how many wins are still waiting for a rate. */
  public int backfill() {
    String currency = rates.programmeCurrency();
    List<Long> waiting =
        jdbc.queryForList(
            "select id from deal where status = 'WON' and (programme_currency is null or programme_currency <> ?) order by id",
            Long.class,
            currency);
    int missing = 0;
    for (long id : waiting) {
      try {
        transaction.executeWithoutResult(
            status -> {
              Deal deal = deals.require(id);
              if (deal.awaitsProgrammeAmount(currency)) {
                deal.bookInProgrammeCurrency(rates.toProgramme(deal.wonAmount(), deal.getCurrency(), deal.getClosedOn()));
                deals.flush(); // visible to the SQL sums of a caller's transaction too
              }
            });
      } catch (FxRateMissing e) {
        missing++;
      }
    }
    if (missing > 0) {
      log.warn("{} won deals wait for an exchange rate of their close date into {}; they count once it is imported", missing, currency);
    }
    return missing;
  }
}

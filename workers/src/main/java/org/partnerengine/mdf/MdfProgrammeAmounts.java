package org.partnerengine.mdf;

import org.partnerengine.money.FxRatesImported;
import org.partnerengine.money.MoneySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the currency columns of requests and payouts made before MDF amounts had a currency (V192):
 * they were in the programme currency, the only one there was, so each keeps its amount at rate 1 on
 * the day it was requested. Runs after each rate import; finds nothing once done.
 */
@Component
public class MdfProgrammeAmounts {

  private static final Logger log = LoggerFactory.getLogger(MdfProgrammeAmounts.class);

  private final JdbcTemplate jdbc;
  private final MoneySettings money;

  public MdfProgrammeAmounts(JdbcTemplate jdbc, MoneySettings money) {
    this.jdbc = jdbc;
    this.money = money;
  }

  @EventListener
  void afterImport(FxRatesImported imported) {
    backfill();
  }

  @Transactional
  public int backfill() {
    String currency = money.programmeCurrency();
    int requests =
        jdbc.update(
            "update mdf_request set currency = ?, programme_amount = amount, programme_currency = ?, fx_rate = 1,"
                + " fx_rate_date = cast(requested_at as date), version = version + 1 where currency is null",
            currency,
            currency);
    int payouts = jdbc.update("update mdf_payout set programme_amount = amount where programme_amount is null");
    if (requests + payouts > 0) {
      log.info("{} MDF requests and {} payouts from before currencies are recorded in {}", requests, payouts, currency);
    }
    return requests;
  }
}

package org.partnerengine.money;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An amount converted into the programme currency.
 *
 * @param amount the converted amount, at the programme currency's scale
 * @param currency the programme currency
 * @param rate how many programme-currency units one unit of the original currency was worth
 *     ({@link FxRates#RATE_SCALE} decimals; 1 for the programme currency itself)
 * @param rateDate the date of the reference rate used; the asked date for the programme currency
 */
public record Conversion(BigDecimal amount, String currency, BigDecimal rate, LocalDate rateDate) {}

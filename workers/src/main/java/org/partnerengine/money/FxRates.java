package org.partnerengine.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily reference rates (table {@code fx_rate}: on a date, 1 base = rate quote) and conversion
 * into the programme currency. The rate for a date is the latest published on or before it, never a
 * later one; with none, {@link FxRateMissing}, never 1. A currency converts by a direct rate, the
 * inverse of one, or across a common base (the ECB publishes EUR -> X only, so USD -> GBP is
 * (EUR -> GBP) / (EUR -> USD)).
 *
 * <p>Arithmetic: the rate is worked out with 20 significant digits (HALF_EVEN) and kept with {@link
 * #RATE_SCALE} decimals; the converted amount is the original times that rate, rounded HALF_UP to the
 * programme currency's minor unit (2 decimals for EUR, 0 for JPY). The rate used is stored with every
 * converted amount, so a stored amount can be checked and is never worked out again.
 */
@Service
public class FxRates {

  public static final int RATE_SCALE = 12;
  private static final MathContext RATE_MATH = new MathContext(20, RoundingMode.HALF_EVEN);

  private final JdbcTemplate jdbc;
  private final MoneySettings settings;
  private final Clock clock;

  public FxRates(JdbcTemplate jdbc, MoneySettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.settings = settings;
    this.clock = clock;
  }

  public String programmeCurrency() {
    return settings.programmeCurrency();
  }

  /** The amount in the programme currency at the rate of {@code on}. */
  @Transactional(readOnly = true)
  public Conversion toProgramme(BigDecimal amount, String currency, LocalDate on) {
    Objects.requireNonNull(on, "the date of the rate");
    String target = settings.programmeCurrency();
    Rate rate = rate(currency, target, on).orElseThrow(() -> new FxRateMissing(currency, target, on));
    return new Conversion(apply(amount, rate.value()), target, rate.value(), rate.date());
  }

  /** Converts at a rate found before (an MDF request's), with the same rounding. */
  public BigDecimal apply(BigDecimal amount, BigDecimal rate) {
    return apply(amount, rate, settings.programmeCurrency());
  }

  /** The amount times the rate, rounded HALF_UP to the minor unit of the currency it is then in. */
  static BigDecimal apply(BigDecimal amount, BigDecimal rate, String currency) {
    return round(amount.multiply(rate), currency);
  }

  /** Rounded HALF_UP to the currency's minor unit (2 decimals for EUR, 0 for JPY, never more than 2). */
  public static BigDecimal round(BigDecimal amount, String currency) {
    int minorUnit = Math.max(0, Math.min(2, Currency.getInstance(currency).getDefaultFractionDigits()));
    return amount.setScale(minorUnit, RoundingMode.HALF_UP);
  }

  /**
   * Converts amounts into {@code target} for one read, each at the rate of its own date, asking the
   * rates once per currency and date.
   */
  public Converter into(String target) {
    return new Converter(this, target);
  }

  /**
   * Whether an amount in the currency taken today can be converted into the programme currency: a
   * rate exists on or before today, so every later date has one too.
   */
  @Transactional(readOnly = true)
  public boolean converts(String currency) {
    return currency.equals(settings.programmeCurrency())
        || rate(currency, settings.programmeCurrency(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)).isPresent();
  }

  /** A rate for one unit of {@code from} in {@code to} on {@code on}: the latest on or before it. */
  @Transactional(readOnly = true)
  public Optional<Rate> rate(String from, String to, LocalDate on) {
    if (from.equals(to)) {
      return Optional.of(new Rate(BigDecimal.ONE.setScale(RATE_SCALE), on));
    }
    Optional<Rate> direct = published(from, to, on);
    if (direct.isPresent()) {
      return direct;
    }
    Optional<Rate> inverse = published(to, from, on);
    if (inverse.isPresent()) {
      return Optional.of(new Rate(BigDecimal.ONE.divide(inverse.get().value(), RATE_MATH).setScale(RATE_SCALE, RoundingMode.HALF_EVEN), inverse.get().date()));
    }
    List<String> bases =
        jdbc.queryForList(
            "select distinct a.base_currency from fx_rate a join fx_rate b on b.base_currency = a.base_currency"
                + " where a.quote_currency = ? and b.quote_currency = ? order by a.base_currency",
            String.class,
            from,
            to);
    for (String base : bases) {
      Optional<Rate> toFrom = published(base, from, on);
      Optional<Rate> toTarget = published(base, to, on);
      if (toFrom.isPresent() && toTarget.isPresent()) {
        BigDecimal cross = toTarget.get().value().divide(toFrom.get().value(), RATE_MATH).setScale(RATE_SCALE, RoundingMode.HALF_EVEN);
        LocalDate older = toFrom.get().date().isBefore(toTarget.get().date()) ? toFrom.get().date() : toTarget.get().date();
        return Optional.of(new Rate(cross, older));
      }
    }
    return Optional.empty();
  }

  private Optional<Rate> published(String base, String quote, LocalDate on) {
    return jdbc.query(
        "select rate, rate_date from fx_rate where base_currency = ? and quote_currency = ? and rate_date <= ?"
            + " order by rate_date desc limit 1",
        rs -> rs.next() ? Optional.of(new Rate(rs.getBigDecimal("rate"), rs.getObject("rate_date", LocalDate.class))) : Optional.<Rate>empty(),
        base,
        quote,
        on);
  }

  /**
   * Stores the quotes; a date's rate already stored stays as it is (unique base, quote and date), so
   * an import read twice, or by two app instances at once, adds each rate once. The rates already
   * stored for the file's dates are read first, so reading a full history again (eurofxref-hist:
   * some 200 000 rates) writes only the new days, in batches.
   *
   * @return how many rates were new
   */
  @Transactional
  public int store(Collection<FxQuote> quotes) {
    if (quotes.isEmpty()) {
      return 0;
    }
    LocalDate first = quotes.stream().map(FxQuote::date).min(LocalDate::compareTo).orElseThrow();
    LocalDate last = quotes.stream().map(FxQuote::date).max(LocalDate::compareTo).orElseThrow();
    Set<String> stored = new HashSet<>();
    jdbc.query(
        "select base_currency, quote_currency, rate_date from fx_rate where rate_date between ? and ?",
        rs -> {
          stored.add(key(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)));
        },
        first,
        last);
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    List<Object[]> rows = new ArrayList<>();
    for (FxQuote quote : quotes) {
      if (stored.add(key(quote.base(), quote.quote(), quote.date()))) {
        rows.add(new Object[] {quote.base(), quote.quote(), quote.date(), quote.rate().setScale(RATE_SCALE, RoundingMode.HALF_EVEN), now});
      }
    }
    int added = 0;
    for (int[] batch :
        jdbc.batchUpdate(
            "insert ignore into fx_rate (base_currency, quote_currency, rate_date, rate, imported_at) values (?, ?, ?, ?, ?)",
            rows,
            1000,
            (ps, row) -> {
              for (int i = 0; i < row.length; i++) {
                ps.setObject(i + 1, row[i]);
              }
            })) {
      for (int count : batch) {
        added += Math.max(count, 0);
      }
    }
    return added;
  }

  private static String key(String base, String quote, LocalDate date) {
    return base + quote + date;
  }

  /** A rate and the date it was published for. */
  public record Rate(BigDecimal value, LocalDate date) {}
}

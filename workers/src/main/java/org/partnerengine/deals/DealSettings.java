package org.partnerengine.deals;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deal registration rules an operator sets.
 *
 * @param protectionWindow how long an approved deal holds its customer
 * @param protectionExtension how much longer the partner may hold it, once
 * @param directSalesDomains customers that direct sales owns: every registration for them is a conflict
 * @param bigDealThreshold a won deal above this amount asks for a tier review
 * @param maxOpenRegistrations how many open (registered or approved) deals a partner may hold at once
 * @param wonAmountFactor a win reported above this multiple of the registered amount waits for staff
 *     to confirm it even when the CRM or a manager reports it
 */
@ConfigurationProperties("partner-engine.deals")
public record DealSettings(
    Duration protectionWindow,
    Duration protectionExtension,
    List<String> directSalesDomains,
    BigDecimal bigDealThreshold,
    Integer maxOpenRegistrations,
    BigDecimal wonAmountFactor) {

  public DealSettings {
    protectionWindow = protectionWindow == null ? Duration.ofDays(90) : protectionWindow;
    protectionExtension = protectionExtension == null ? Duration.ofDays(30) : protectionExtension;
    directSalesDomains = directSalesDomains == null ? List.of() : List.copyOf(directSalesDomains);
    bigDealThreshold = bigDealThreshold == null ? new BigDecimal("100000") : bigDealThreshold;
    maxOpenRegistrations = maxOpenRegistrations == null ? 25 : maxOpenRegistrations;
    wonAmountFactor = wonAmountFactor == null ? new BigDecimal("2") : wonAmountFactor;
    if (maxOpenRegistrations < 1) {
      throw new IllegalArgumentException("partner-engine.deals.max-open-registrations must be at least 1");
    }
    if (wonAmountFactor.signum() <= 0) {
      throw new IllegalArgumentException("partner-engine.deals.won-amount-factor must be positive");
    }
  }

  /**
   * Whether a win counts as reported: the reporter vouches for it and the amount is not far above
   * the registered one. Otherwise staff confirm it first.
   */
  boolean vouchedFor(OutcomeReporter reporter, BigDecimal registered, BigDecimal won) {
    BigDecimal amount = won == null ? registered : won;
    return reporter != null && reporter.vouches() && amount.compareTo(registered.multiply(wonAmountFactor)) <= 0;
  }

  boolean isDirectSales(String customerDomain) {
    Set<String> owned =
        directSalesDomains.stream().map(d -> CustomerDomain.of(d)).collect(Collectors.toSet());
    return owned.contains(customerDomain.toLowerCase(Locale.ROOT));
  }

  boolean isBigDeal(BigDecimal amount) {
    return amount != null && amount.compareTo(bigDealThreshold) > 0;
  }
}

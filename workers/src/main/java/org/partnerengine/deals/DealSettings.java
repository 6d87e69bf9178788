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
 */
@ConfigurationProperties("partner-engine.deals")
public record DealSettings(
    Duration protectionWindow,
    Duration protectionExtension,
    List<String> directSalesDomains,
    BigDecimal bigDealThreshold) {

  public DealSettings {
    protectionWindow = protectionWindow == null ? Duration.ofDays(90) : protectionWindow;
    protectionExtension = protectionExtension == null ? Duration.ofDays(30) : protectionExtension;
    directSalesDomains = directSalesDomains == null ? List.of() : List.copyOf(directSalesDomains);
    bigDealThreshold = bigDealThreshold == null ? new BigDecimal("100000") : bigDealThreshold;
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

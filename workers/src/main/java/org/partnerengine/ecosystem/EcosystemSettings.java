package org.partnerengine.ecosystem;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Account mapping an operator sets.
 *
 * @param vendorSharing how far the vendor shares each of its populations with partners; COUNTS by
 *     default, because the vendor's lists hold other partners' registered deals and customers
 * @param maxAccountsPerPopulation the longest list a partner may share at once (it fits the JSON body limit); a cap that also
 *     keeps a partner from fishing for the vendor's accounts with the whole internet
 */
@ConfigurationProperties("partner-engine.ecosystem")
public record EcosystemSettings(Map<AccountPopulation, SharingLevel> vendorSharing, Integer maxAccountsPerPopulation) {

  public EcosystemSettings {
    Map<AccountPopulation, SharingLevel> levels = new EnumMap<>(AccountPopulation.class);
    for (AccountPopulation population : AccountPopulation.values()) {
      levels.put(population, SharingLevel.COUNTS);
    }
    if (vendorSharing != null) {
      levels.putAll(vendorSharing);
    }
    vendorSharing = Map.copyOf(levels);
    maxAccountsPerPopulation = maxAccountsPerPopulation == null ? 5_000 : maxAccountsPerPopulation;
    if (maxAccountsPerPopulation < 1) {
      throw new IllegalArgumentException("partner-engine.ecosystem.max-accounts-per-population must be at least 1");
    }
  }

  public static EcosystemSettings defaults() {
    return new EcosystemSettings(null, null);
  }

  SharingLevel vendorSharing(AccountPopulation population) {
    return vendorSharing.get(population);
  }
}

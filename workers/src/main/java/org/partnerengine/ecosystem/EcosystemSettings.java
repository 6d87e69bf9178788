package org.partnerengine.ecosystem;

import java.time.Duration;
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
 * @param refreshEnabled whether the account-mapping refresh loop starts with the app
 * @param refreshInterval how often the refresh raises plays from the overlaps
 * @param refreshPageSize how many partners one page of a refresh round holds
 * @param playAnswerWindow how long a partner has to accept or decline a play
 */
@ConfigurationProperties("partner-engine.ecosystem")
public record EcosystemSettings(
    Map<AccountPopulation, SharingLevel> vendorSharing,
    Integer maxAccountsPerPopulation,
    Boolean refreshEnabled,
    Duration refreshInterval,
    Integer refreshPageSize,
    Duration playAnswerWindow) {

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
    refreshEnabled = refreshEnabled == null || refreshEnabled;
    refreshInterval = refreshInterval == null ? Duration.ofDays(7) : refreshInterval;
    refreshPageSize = refreshPageSize == null ? 100 : refreshPageSize;
    playAnswerWindow = playAnswerWindow == null ? Duration.ofDays(5) : playAnswerWindow;
    if (maxAccountsPerPopulation < 1 || refreshPageSize < 1) {
      throw new IllegalArgumentException("partner-engine.ecosystem.max-accounts-per-population and refresh-page-size must be at least 1");
    }
  }

  public static EcosystemSettings defaults() {
    return new EcosystemSettings(null, null, null, null, null, null);
  }

  SharingLevel vendorSharing(AccountPopulation population) {
    return vendorSharing.get(population);
  }
}

package org.partnerengine.ecosystem;

import java.time.Instant;

/** What a partner shares of one population: how far, how many accounts, by whom and when. */
public record SharedPopulation(
    AccountPopulation population, SharingLevel sharingLevel, int accounts, String sharedBy, Instant updatedAt) {

  static SharedPopulation notShared(AccountPopulation population) {
    return new SharedPopulation(population, SharingLevel.HIDDEN, 0, null, null);
  }
}

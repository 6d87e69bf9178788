package org.partnerengine.ecosystem;

import java.util.List;

/**
 * The account-mapping matrix of one partner against the vendor: a cell per pair of populations.
 *
 * @param partner what the partner shares of each population
 * @param vendor how far the vendor shares each of its populations
 * @param cells vendor population x partner population, nine in all
 */
public record OverlapMatrix(long partnerId, List<SharedPopulation> partner, List<VendorSide> vendor, List<Cell> cells) {

  public record VendorSide(AccountPopulation population, SharingLevel sharingLevel) {}

  /**
   * One pair of populations. {@code overlapping} is null when either side hides its population;
   * {@code accounts} is null unless both sides share their overlaps.
   */
  public record Cell(
      AccountPopulation vendorPopulation,
      AccountPopulation partnerPopulation,
      SharingLevel visibleAs,
      Integer overlapping,
      List<String> accounts) {}
}

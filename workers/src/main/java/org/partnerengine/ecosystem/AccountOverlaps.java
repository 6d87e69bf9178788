package org.partnerengine.ecosystem;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maps a partner's accounts against the vendor's. Both sides decide what the other sees: a cell
 * shows what the more reserved side allows, and an account appears only when it is in both lists
 * and both share their overlaps. A population that is not shared never reaches a response.
 */
@Service
public class AccountOverlaps {

  private final SharedPopulations shared;
  private final VendorPopulations vendor;
  private final VendorSharing vendorSharing;

  AccountOverlaps(SharedPopulations shared, VendorPopulations vendor, VendorSharing vendorSharing) {
    this.shared = shared;
    this.vendor = vendor;
    this.vendorSharing = vendorSharing;
  }

  @Transactional(readOnly = true)
  public OverlapMatrix of(long partnerId) {
    List<SharedPopulation> partnerSide = shared.of(partnerId);
    List<OverlapMatrix.VendorSide> vendorSide = vendorSharing.levels();
    Map<AccountPopulation, Set<String>> vendorAccounts = new EnumMap<>(AccountPopulation.class);
    List<OverlapMatrix.Cell> cells = new ArrayList<>();
    for (OverlapMatrix.VendorSide vendorPopulation : vendorSide) {
      for (SharedPopulation partnerPopulation : partnerSide) {
        SharingLevel visible = SharingLevel.lower(vendorPopulation.sharingLevel(), partnerPopulation.sharingLevel());
        if (visible == SharingLevel.HIDDEN) {
          cells.add(new OverlapMatrix.Cell(vendorPopulation.population(), partnerPopulation.population(), visible, null, null));
          continue;
        }
        Set<String> theirs = vendorAccounts.computeIfAbsent(vendorPopulation.population(), vendor::accounts);
        List<String> overlap = shared.accounts(partnerId, partnerPopulation.population()).stream()
            .filter(theirs::contains)
            .sorted()
            .toList();
        cells.add(new OverlapMatrix.Cell(
            vendorPopulation.population(),
            partnerPopulation.population(),
            visible,
            overlap.size(),
            visible == SharingLevel.OVERLAPS ? overlap : null));
      }
    }
    return new OverlapMatrix(partnerId, partnerSide, vendorSide, cells);
  }
}

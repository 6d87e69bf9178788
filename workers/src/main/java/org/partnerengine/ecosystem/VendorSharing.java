package org.partnerengine.ecosystem;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far the vendor shares each of its populations: what managers set, else the configured
 * default. Raising it to OVERLAPS is what lets the refresh raise plays on that population, since a
 * play names the account to the partner.
 */
@Service
public class VendorSharing {

  private final JdbcTemplate jdbc;
  private final EcosystemSettings settings;
  private final Clock clock;

  VendorSharing(JdbcTemplate jdbc, EcosystemSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.settings = settings;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<OverlapMatrix.VendorSide> levels() {
    Map<AccountPopulation, SharingLevel> levels = new EnumMap<>(AccountPopulation.class);
    for (AccountPopulation population : AccountPopulation.values()) {
      levels.put(population, settings.vendorSharing(population));
    }
    jdbc.query("select population, sharing_level from vendor_sharing", row -> {
      levels.put(AccountPopulation.valueOf(row.getString(1)), SharingLevel.valueOf(row.getString(2)));
    });
    List<OverlapMatrix.VendorSide> sides = new ArrayList<>();
    levels.forEach((population, level) -> sides.add(new OverlapMatrix.VendorSide(population, level)));
    return sides;
  }

  @Transactional
  public List<OverlapMatrix.VendorSide> set(AccountPopulation population, SharingLevel level, String manager) {
    Timestamp now = Timestamp.from(clock.instant());
    int updated = jdbc.update(
        "update vendor_sharing set sharing_level = ?, updated_by = ?, updated_at = ? where population = ?", level.name(), manager, now, population.name());
    if (updated == 0) {
      jdbc.update("insert into vendor_sharing (population, sharing_level, updated_by, updated_at) values (?, ?, ?, ?)",
          population.name(), level.name(), manager, now);
    }
    return levels();
  }
}

package org.partnerengine.region;

import java.util.List;
import org.partnerengine.partner.Partner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which region a country, and so a partner, belongs to: the region that names the country, else the catch-all. */
@Component
public class CountryRegions {

  private final Regions regions;
  private final JdbcTemplate jdbc;

  public CountryRegions(Regions regions, JdbcTemplate jdbc) {
    this.regions = regions;
    this.jdbc = jdbc;
  }

  public Region regionFor(String country) {
    List<Long> named = jdbc.queryForList("select region_id from region_country where country = ?", Long.class, country);
    return named.isEmpty() ? regions.catchAll() : regions.findById(named.get(0)).orElseThrow();
  }

  /** The partner's region; its country's for a partner not enriched yet. */
  public long regionIdOf(Partner partner) {
    return partner.getRegionId() != null ? partner.getRegionId() : regionFor(partner.getCountry()).getId();
  }
}

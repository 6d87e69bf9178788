package org.partnerengine.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/**
 * A part of a territory: a country (ISO 3166 alpha-2) and, optionally, the postcodes starting with
 * a prefix. An empty prefix covers the whole country.
 */
@Embeddable
public record Area(@Column(name = "country") String country, @Column(name = "postcode_prefix") String postcodePrefix) {

  public Area {
    country = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
    postcodePrefix = postcodePrefix == null ? "" : postcodePrefix.replace(" ", "").toUpperCase(Locale.ROOT);
  }

  /** Whether a place (country, postcode) lies in this area. */
  public boolean covers(String placeCountry, String postcode) {
    if (placeCountry == null || !country.equals(placeCountry.strip().toUpperCase(Locale.ROOT))) {
      return false;
    }
    if (postcodePrefix.isEmpty()) {
      return true;
    }
    return postcode != null && postcode.replace(" ", "").toUpperCase(Locale.ROOT).startsWith(postcodePrefix);
  }
}

package org.partnerengine.content;

import java.util.List;

/**
 * Who an asset is for, as the content-audience decision reads it: empty lists and nulls mean
 * "anyone". Countries stand in for regions (ISO 3166 alpha-2 codes, as partners record them).
 */
public record ContentAudience(List<String> partnerTypes, String minimumTier, List<String> countries, String certificate) {

  public ContentAudience {
    partnerTypes = partnerTypes == null ? List.of() : List.copyOf(partnerTypes);
    countries = countries == null ? List.of() : List.copyOf(countries);
  }

  static ContentAudience of(String partnerTypes, String minimumTier, String countries, String certificate) {
    return new ContentAudience(split(partnerTypes), minimumTier, split(countries), certificate);
  }

  static List<String> split(String joined) {
    return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
  }

  static String join(List<String> values) {
    return values.isEmpty() ? null : String.join(",", values);
  }
}

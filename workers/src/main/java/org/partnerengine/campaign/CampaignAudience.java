package org.partnerengine.campaign;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Who a campaign is for, as the campaign-eligibility decision reads it: empty lists and nulls mean
 * "anyone". Countries stand in for regions (ISO 3166 alpha-2 codes, as partners record them).
 */
public record CampaignAudience(
    @Size(max = 10) List<@Pattern(regexp = "[A-Z_]{2,40}", message = "must be a partner type such as RESELLER") String> partnerTypes,
    @Pattern(regexp = "REGISTERED|SILVER|GOLD|PLATINUM", message = "must be REGISTERED, SILVER, GOLD or PLATINUM") String minimumTier,
    @Size(max = 100) List<@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as DE") String> countries,
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,99}", message = "must be an exam id such as sales-certification") String certificate) {

  public CampaignAudience {
    partnerTypes = partnerTypes == null ? List.of() : List.copyOf(partnerTypes);
    countries = countries == null ? List.of() : List.copyOf(countries);
  }

  public static CampaignAudience anyone() {
    return new CampaignAudience(null, null, null, null);
  }

  static CampaignAudience of(String partnerTypes, String minimumTier, String countries, String certificate) {
    return new CampaignAudience(split(partnerTypes), minimumTier, split(countries), certificate);
  }

  static List<String> split(String joined) {
    return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
  }

  static String join(List<String> values) {
    return values.isEmpty() ? null : String.join(",", values);
  }
}

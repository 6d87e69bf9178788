package org.partnerengine.campaign;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A campaign's copy with its merge fields: checked when the campaign is planned (a field the
 * launch could not fill is refused then, not at launch), filled per partner at launch. Values are
 * always escaped in the HTML version, so a partner's name cannot become markup.
 */
final class CampaignCopy {

  /** The merge fields a copy may use, with the sample values a check fills them with. */
  static final Map<String, Object> SAMPLE =
      context("Campaign", "Partner Ltd", "Pat Partner", "pat@partner.example", "https://partner.example", "https://www.example.com/campaigns?c=sample");

  private static final Mustache.Compiler TEXT = Mustache.compiler().escapeHTML(false).strictSections(true);
  /** Escapes what could become markup; leaves "=" and "/" alone, so links read as they are. */
  private static final Mustache.Compiler HTML = Mustache.compiler()
      .withEscaper(Escapers.simple(new String[][] {{"&", "&amp;"}, {"'", "&#39;"}, {"\"", "&quot;"}, {"<", "&lt;"}, {">", "&gt;"}}))
      .strictSections(true);

  private CampaignCopy() {}

  /** Refuses a copy that does not compile, names an unknown field or asks for unescaped output. */
  static void check(String field, String template) {
    if (template.contains("{{{") || template.contains("{{&")) {
      throw new InvalidCampaign(field, "merge fields are always escaped: use {{field}}, not {{{field}}} or {{&field}}");
    }
    try {
      TEXT.compile(template).execute(SAMPLE);
    } catch (MustacheException e) {
      throw new InvalidCampaign(field, "is not a valid copy template: " + e.getMessage()
          + " (merge fields: campaign.name, partner.legalName, partner.contactName, partner.contactEmail, partner.website, responseLink)");
    }
  }

  static String text(Campaign campaign, CoBrandProfile profile, String responseLink) {
    Map<String, Object> values = values(campaign, profile, responseLink);
    return "Subject: " + TEXT.compile(campaign.getCopySubject()).execute(values) + "\n\n" + TEXT.compile(campaign.getCopyBody()).execute(values) + "\n";
  }

  static String html(Campaign campaign, CoBrandProfile profile, String responseLink) {
    Map<String, Object> values = values(campaign, profile, responseLink);
    Template body = HTML.compile(campaign.getCopyBody());
    String paragraphs = Arrays.stream(body.execute(values).strip().split("\\R\\s*\\R"))
        .map(paragraph -> "<p>" + paragraph.strip().replaceAll("\\R", "<br>") + "</p>")
        .collect(Collectors.joining("\n"));
    String subject = HTML.compile(campaign.getCopySubject()).execute(values);
    String logo = profile.getLogo() == null
        ? ""
        : "<img alt=\"\" style=\"max-height:80px\" src=\"data:" + profile.getLogoType() + ";base64," + Base64.getEncoder().encodeToString(profile.getLogo()) + "\">\n";
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + subject + "</title></head>\n<body>\n" + logo
        + "<h1>" + subject + "</h1>\n" + paragraphs + "\n</body></html>\n";
  }

  private static Map<String, Object> values(Campaign campaign, CoBrandProfile profile, String responseLink) {
    return context(
        campaign.getName(),
        profile.getLegalName(),
        orEmpty(profile.getContactName()),
        profile.getContactEmail(),
        orEmpty(profile.getWebsite()),
        responseLink);
  }

  private static Map<String, Object> context(String campaignName, String legalName, String contactName, String contactEmail, String website, String link) {
    Map<String, Object> partner = new LinkedHashMap<>();
    partner.put("legalName", legalName);
    partner.put("contactName", contactName);
    partner.put("contactEmail", contactEmail);
    partner.put("website", website);
    return Map.of("campaign", Map.of("name", campaignName), "partner", partner, "responseLink", link);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}

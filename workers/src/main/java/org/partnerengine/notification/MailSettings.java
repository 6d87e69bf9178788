package org.partnerengine.notification;

import java.util.Locale;
import java.util.Map;

/**
 * Where mails come from and go to, and in which language.
 *
 * @param from the sender address
 * @param portalUrl the page's address, put in front of the links in mails
 * @param groupAddresses the address of a staff group (mails to approvers go to their group)
 * @param languagesByCountry a partner's mail language by its country (ISO code); others get their
 *     region's default locale, and partners of the catch-all region {@code defaultLanguage}
 */
public record MailSettings(
    String from,
    String portalUrl,
    Map<String, String> groupAddresses,
    Map<String, String> languagesByCountry,
    String defaultLanguage,
    String staffLanguage) {

  /** Templates that go to staff, with the group they go to; every other goes to the partner. */
  static final Map<String, String> STAFF_TEMPLATES = Map.of("approval-reminder", "channel-approvers");

  /** Templates that go to the partner's portal account login rather than its contact e-mail. */
  static final java.util.Set<String> ACCOUNT_TEMPLATES = java.util.Set.of("portal-invitation", "password-reset");

  public MailSettings {
    portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    groupAddresses = Map.copyOf(groupAddresses);
    // Country codes in either case (an environment variable's key arrives in lower case).
    languagesByCountry =
        languagesByCountry.entrySet().stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(e -> e.getKey().toUpperCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a));
  }

  Locale localeOf(String country) {
    return localeOf(country, null);
  }

  /** The country's language if one is configured, else the region's locale, else the default. */
  Locale localeOf(String country, String regionLocale) {
    String language = country == null ? null : languagesByCountry.get(country.toUpperCase(Locale.ROOT));
    return Locale.forLanguageTag(language != null ? language : regionLocale != null ? regionLocale : defaultLanguage);
  }

  Locale staffLocale() {
    return Locale.forLanguageTag(staffLanguage);
  }
}

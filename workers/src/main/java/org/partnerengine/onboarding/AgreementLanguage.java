package org.partnerengine.onboarding;

import java.util.Locale;

/** The languages the agreement templates are written in; English unless German is asked for. */
public enum AgreementLanguage {
  ENGLISH("en", ""),
  GERMAN("de", "_de");

  private final String code;
  private final String resourceSuffix;

  AgreementLanguage(String code, String resourceSuffix) {
    this.code = code;
    this.resourceSuffix = resourceSuffix;
  }

  /** The language of a locale or a language tag ({@code de}, {@code de-AT}); English for any other. */
  public static AgreementLanguage of(Locale locale) {
    return locale != null && GERMAN.code.equals(locale.getLanguage()) ? GERMAN : ENGLISH;
  }

  public static AgreementLanguage ofCode(String code) {
    return code == null ? ENGLISH : of(Locale.forLanguageTag(code));
  }

  public String code() {
    return code;
  }

  String resourceSuffix() {
    return resourceSuffix;
  }
}

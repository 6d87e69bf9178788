package org.partnerengine.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ProblemDetail;

/**
 * A problem's title in the caller's language. Handlers write their titles in English; the title is
 * looked up on the way out in {@code i18n/problems_{language}.properties}, under a key made of the
 * English words ("Partner not found" is {@code partner-not-found}). English is the answer without an
 * Accept-Language, for a language no bundle speaks, and for a title a bundle lacks. A new language
 * is a new bundle file: nothing here names one. The {@code detail} stays as the handler wrote it.
 */
public final class ProblemTitles {

  private static final ResourceBundleMessageSource BUNDLE = new ResourceBundleMessageSource();
  private static final Map<String, Boolean> SPOKEN = new ConcurrentHashMap<>();

  static {
    BUNDLE.setBasename("i18n/problems");
    // This class's own loader, not the thread's: the first problem may be written on a thread whose
    // context class loader does not see the bundles, and the message source would keep that one.
    BUNDLE.setBundleClassLoader(ProblemTitles.class.getClassLoader());
    BUNDLE.setDefaultEncoding(StandardCharsets.UTF_8.name());
    // The bundle without a suffix is English, whatever language the server runs in.
    BUNDLE.setFallbackToSystemLocale(false);
  }

  private ProblemTitles() {}

  /** The bundle key of an English title: its words in lower case, joined by hyphens. */
  public static String key(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  /** The title in {@code locale}, or the English title when no bundle of that language has it. */
  public static String title(String english, Locale locale) {
    if (english == null || locale == null || !spoken(locale)) {
      return english;
    }
    return BUNDLE.getMessage(key(english), null, english, locale);
  }

  /** Rewrites the problem's title in the first language of the request's Accept-Language a bundle speaks. */
  public static void localize(ProblemDetail problem, HttpServletRequest request) {
    Locale locale = languageOf(request);
    if (problem != null && locale != null) {
      problem.setTitle(title(problem.getTitle(), locale));
    }
  }

  /** The first accepted language with a bundle other than English; null for English or none. */
  static Locale languageOf(HttpServletRequest request) {
    if (request == null || request.getHeader("Accept-Language") == null) {
      return null;
    }
    for (Locale locale : Collections.list(request.getLocales())) {
      if ("en".equals(locale.getLanguage())) {
        return null;
      }
      if (spoken(locale)) {
        return Locale.of(locale.getLanguage());
      }
    }
    return null;
  }

  private static boolean spoken(Locale locale) {
    String language = locale.getLanguage();
    if (language.isEmpty() || "en".equals(language)) {
      return false;
    }
    return SPOKEN.computeIfAbsent(
        language, l -> ProblemTitles.class.getClassLoader().getResource("i18n/problems_" + l + ".properties") != null);
  }
}

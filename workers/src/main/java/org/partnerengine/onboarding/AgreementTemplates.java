package org.partnerengine.onboarding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.partnerengine.partner.Partner;
import org.springframework.stereotype.Component;

/**
 * The bundled agreement templates, {@code agreements/partner-agreement-<version>.txt} in English and
 * {@code agreements/partner-agreement-<version>_<language>.txt} in the other languages, with
 * {@code ${companyName}}, {@code ${country}}, {@code ${partnerType}} and {@code ${date}} filled in.
 * A new version is a new file: agreements already generated keep the text they were signed with.
 */
@Component
public class AgreementTemplates {

  public String render(String version, Partner partner, LocalDate date) {
    return render(version, AgreementLanguage.ENGLISH, partner, date);
  }

  public String render(String version, AgreementLanguage language, Partner partner, LocalDate date) {
    String text = template(version, language);
    Map<String, String> values =
        Map.of(
            "companyName", partner.getCompanyName(),
            "country", partner.getCountry(),
            "partnerType", partner.getPartnerType().name(),
            "date", date.toString());
    for (Map.Entry<String, String> value : values.entrySet()) {
      text = text.replace("${" + value.getKey() + "}", value.getValue());
    }
    return text;
  }

  private static String template(String version, AgreementLanguage language) {
    if (!version.matches("[A-Za-z0-9.-]{1,16}")) {
      throw new IllegalArgumentException("Not a template version: " + version);
    }
    String resource = "agreements/partner-agreement-" + version + language.resourceSuffix() + ".txt";
    try (InputStream in = AgreementTemplates.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No agreement template " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

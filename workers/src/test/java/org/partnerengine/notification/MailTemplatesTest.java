package org.partnerengine.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.samskivert.mustache.Mustache;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every template in both languages, staff mails included, with the values the sender gives it. */
class MailTemplatesTest {

  final MailTemplates templates = new MailTemplates(Mustache.compiler());

  @Test
  void rendersEveryTemplateInEnglishAndGermanWithoutAGap() {
    Map<String, Map<String, String>> all = new HashMap<>(MailDeliveryTest.TEMPLATES);
    all.putAll(MailDeliveryTest.GROUP_TEMPLATES);
    for (var template : all.entrySet()) {
      for (String language : new String[] {"en", "de"}) {
        Map<String, Object> values = new HashMap<>(template.getValue());
        values.putAll(
            Map.of(
                "companyName", "Smith & Söhne GmbH",
                "contactName", "Ada Lovelace",
                "portalUrl", "https://partners.example.com",
                "partnerUrl", "https://partners.example.com/#/partners/7",
                "link", "https://partners.example.com/#/invitation/abc",
                "group", "channel-approvers",
                "inboxUrl", "https://partners.example.com/#/tasks"));

        MailTemplates.RenderedMail mail = templates.render(template.getKey(), Locale.forLanguageTag(language), values);

        assertThat(mail.language()).as(template.getKey()).isEqualTo(language);
        assertThat(mail.subject()).as(template.getKey()).isNotBlank().doesNotContain("{{", "\n");
        assertThat(mail.body()).as(template.getKey()).isNotBlank().doesNotContain("{{", "&amp;");
      }
    }
  }

  @Test
  void aLanguageWithoutItsOwnTextGetsTheEnglishOne() {
    MailTemplates.RenderedMail mail =
        templates.render(
            "application-rejected", Locale.FRENCH, Map.of("companyName", "Acme", "contactName", "Ada"));

    assertThat(mail.language()).isEqualTo("en");
    assertThat(mail.subject()).isEqualTo("Your application for Acme");
  }

  @Test
  void aPartnersLanguageFollowsItsCountryWhateverTheCaseOfTheSetting() {
    MailSettings settings = new MailSettings("a@b", "http://x/", Map.of(), Map.of("de", "de", "AT", "de"), "en", "en");

    assertThat(settings.localeOf("DE")).isEqualTo(Locale.GERMAN);
    assertThat(settings.localeOf("at")).isEqualTo(Locale.GERMAN);
    assertThat(settings.localeOf("FR")).isEqualTo(Locale.ENGLISH);
    assertThat(settings.localeOf(null)).isEqualTo(Locale.ENGLISH);
    assertThat(settings.portalUrl()).isEqualTo("http://x");
  }

  @Test
  void aCountryWithoutALanguageOfItsOwnTakesItsRegionsLocale() {
    MailSettings settings = new MailSettings("a@b", "http://x/", Map.of(), Map.of("AT", "en"), "en", "en");

    assertThat(settings.localeOf("CH", "de")).as("the DACH region's locale").isEqualTo(Locale.GERMAN);
    assertThat(settings.localeOf("AT", "de")).as("a country's own setting comes first").isEqualTo(Locale.ENGLISH);
    assertThat(settings.localeOf("FR", null)).as("the catch-all region: the default").isEqualTo(Locale.ENGLISH);
  }

  @Test
  void aValueTheTemplateNamesButTheMailLacksIsAnErrorNotAGap() {
    assertThatThrownBy(() -> templates.render("certificate-issued", Locale.ENGLISH, Map.of("companyName", "Acme")))
        .isInstanceOf(RuntimeException.class);
  }
}

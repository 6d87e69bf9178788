package org.partnerengine.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class HistoryWordingTest {

  private final HistoryWording wording = new HistoryWording();

  @Test
  void everyEntryReadsInEnglishAndInGermanWithTheSameKeys() throws IOException {
    Properties english = bundle("i18n/history.properties");
    Properties german = bundle("i18n/history_de.properties");

    assertThat(german.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    assertThat(english.stringPropertyNames()).filteredOn(key -> key.endsWith(".label"))
        .allSatisfy(label -> assertThat(english).containsKey(label.replace(".label", ".sentence")));
  }

  @Test
  void everyTypeAPartnerSeesHasItsOwnWording() {
    assertThat(PartnerFacingHistory.partnerFacingTypes())
        .isNotEmpty()
        .allSatisfy(type -> assertThat(wording.isWorded(type)).as(type).isTrue());
  }

  @Test
  void aStageEntryNamesTheStageInTheReadersLanguage() {
    assertThat(wording.of("STAGE_ENTERED", Stage.ENABLE, Locale.ENGLISH).sentence())
        .isEqualTo("The partnership moved to the Enablement stage.");
    assertThat(wording.of("STAGE_ENTERED", Stage.ENABLE, Locale.GERMANY).sentence())
        .isEqualTo("Die Partnerschaft ist in die Phase Befähigung gewechselt.");
    assertThat(wording.of("AGREEMENT_SIGNED", Stage.ONBOARD, Locale.forLanguageTag("fr")).label()).isEqualTo("Agreement signed");
  }

  @Test
  void anApostropheInASentenceStaysAsWritten() {
    assertThat(wording.of("ATTENTION_RAISED", Stage.ACTIVE, Locale.ENGLISH).sentence()).contains("manager's");
  }

  @Test
  void aTypeWithoutWordingIsSpelledOutNeverShownAsACode() {
    HistoryWording.Wording unknown = wording.of("LEAD_OFFER_EXPIRED", Stage.ACTIVE, Locale.ENGLISH);

    assertThat(unknown.label()).isEqualTo("Lead offer expired");
    assertThat(unknown.sentence()).isEqualTo("Lead offer expired.");
    assertThat(wording.isWorded("LEAD_OFFER_EXPIRED")).isFalse();
  }

  private static Properties bundle(String path) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = HistoryWordingTest.class.getClassLoader().getResourceAsStream(path)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}

package org.partnerengine.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.certification.Certificates;
import org.partnerengine.engine.DecisionEvaluator;
import org.partnerengine.notification.NotificationOutbox;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The library and the content-publication workers on a real database, committing real
 * transactions. The content-audience decision is played by a stand-in that admits a partner whose
 * country the asset names (or any, when it names none), as the decision does for countries.
 */
@DatabaseTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ContentLibrary.class, ContentWorkers.class, ContentAudienceRule.class, NotificationOutbox.class, ContentLibraryTest.Settings.class})
class ContentLibraryTest {

  static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII);

  @TestConfiguration(proxyBeanMethods = false)
  static class Settings {
    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Bean
    ContentSettings contentSettings() {
      return new ContentSettings("database", null, DataSize.ofKilobytes(64), Duration.ofDays(180), Duration.ofDays(14));
    }

    @Bean
    ContentStorage contentStorage(JdbcTemplate jdbc) {
      return new DatabaseContentStorage(jdbc);
    }

    @Bean
    DecisionEvaluator countriesOnly() {
      return (decisionId, variables) -> {
        List<?> countries = (List<?>) variables.get("audienceCountries");
        return String.valueOf(countries.isEmpty() || countries.contains(variables.get("country")));
      };
    }
  }

  @Autowired ContentLibrary library;
  @Autowired ContentWorkers workers;
  @Autowired ContentVersions versions;
  @Autowired Partners partners;
  @Autowired Certificates certificates;
  @Autowired JdbcTemplate jdbc;

  @Test
  void anUploadIsStoredUnderTheTypeItsBytesShowNotTheNameItCameWith() throws IOException {
    ContentAsset asset = asset(List.of());

    ContentVersion version = library.upload(asset.getId(), "../../deck.exe", PDF, "pm");

    assertThat(version.getContentType()).isEqualTo("application/pdf");
    assertThat(version.getFileName()).isEqualTo("deck.pdf");
    assertThat(version.getSizeBytes()).isEqualTo(PDF.length);
    publish(asset.getId());
    Partner partner = partner("DE");
    try (InputStream file = library.download(partner.getId(), asset.getId(), "ada").file()) {
      assertThat(file.readAllBytes()).isEqualTo(PDF);
    }
  }

  @Test
  void anExecutableNamedPdfAndAnOversizedFileAreRefused() {
    ContentAsset asset = asset(List.of());
    byte[] exe = "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
    byte[] huge = new byte[65 * 1024];
    System.arraycopy(PDF, 0, huge, 0, PDF.length);

    assertThatThrownBy(() -> library.upload(asset.getId(), "deck.pdf", exe, "pm"))
        .isInstanceOfSatisfying(ContentRejected.class, e -> assertThat(e.reason()).isEqualTo(ContentRejected.Reason.UNSUPPORTED_TYPE));
    assertThatThrownBy(() -> library.upload(asset.getId(), "deck.pdf", huge, "pm"))
        .isInstanceOfSatisfying(ContentRejected.class, e -> assertThat(e.reason()).isEqualTo(ContentRejected.Reason.TOO_LARGE));
    assertThat(library.versionsOf(asset.getId())).isEmpty();
  }

  @Test
  void aPartnerOutsideTheAudienceFindsNothingAndADownloadIsRecordedForTheOneInside() {
    ContentAsset asset = asset(List.of("AT"));
    library.link(asset.getId(), "https://cdn.example.com/battle-card", "pm");
    publish(asset.getId());
    Partner inside = partner("AT");
    Partner outside = partner("FR");

    assertThat(library.visibleTo(inside.getId(), null, null, PageRequest.of(0, 100)).getContent()).extracting(p -> p.asset().getId()).contains(asset.getId());
    assertThat(library.visibleTo(outside.getId(), null, null, PageRequest.of(0, 100)).getContent()).extracting(p -> p.asset().getId()).doesNotContain(asset.getId());
    assertThatThrownBy(() -> library.visibleAsset(outside.getId(), asset.getId())).isInstanceOf(ContentNotFound.class);
    assertThatThrownBy(() -> library.download(outside.getId(), asset.getId(), "eve")).isInstanceOf(ContentNotFound.class);

    ContentLibrary.Download download = library.download(inside.getId(), asset.getId(), "ada");

    assertThat(download.version().getLink()).isEqualTo("https://cdn.example.com/battle-card");
    assertThat(library.viewCount(asset.getId())).isEqualTo(1);
    ContentView view = library.views(asset.getId(), PageRequest.of(0, 10)).getContent().get(0);
    assertThat(view.getPartnerId()).isEqualTo(inside.getId());
    assertThat(view.getUsername()).isEqualTo("ada");
  }

  @Test
  void theAudienceIsNotifiedOncePerPartnerHoweverOftenTheJobRuns() {
    Partner inside = partner("CH");
    partner("BE");
    ContentAsset asset = asset(List.of("CH"));
    library.link(asset.getId(), "https://cdn.example.com/price-list", "pm");
    long versionId = publish(asset.getId());

    workers.notifyAudience(versionId);
    workers.notifyAudience(versionId);

    List<Long> notified =
        jdbc.queryForList("select partner_id from notification where idempotency_key like ?", Long.class, "content-published:" + versionId + ":%");
    assertThat(notified).containsExactly(inside.getId());
  }

  @Test
  void aRetiredAssetLeavesTheLibraryAndANewVersionSupersedesTheOld() {
    ContentAsset asset = asset(List.of());
    library.link(asset.getId(), "https://cdn.example.com/v1", "pm");
    long first = publish(asset.getId());
    library.link(asset.getId(), "https://cdn.example.com/v2", "pm");
    long second = publish(asset.getId());
    Partner partner = partner("DE");

    assertThat(versions.require(first).getStatus()).isEqualTo(ContentStatus.SUPERSEDED);
    assertThat(library.visibleAsset(partner.getId(), asset.getId()).version().getLink()).isEqualTo("https://cdn.example.com/v2");

    workers.retire(second);
    workers.retire(second);

    assertThat(versions.require(second).getStatus()).isEqualTo(ContentStatus.RETIRED);
    assertThatThrownBy(() -> library.visibleAsset(partner.getId(), asset.getId())).isInstanceOf(ContentNotFound.class);
  }

  @Test
  void aVersionSentBackIsADraftAgainWithTheCommentAndRenewalMovesTheReviewDate() {
    ContentAsset asset = asset(List.of());
    library.link(asset.getId(), "https://cdn.example.com/v1", "pm");
    ContentVersion submitted = library.markSubmitted(asset.getId());

    workers.sendBack(submitted.getId(), "wrong prices");
    workers.sendBack(submitted.getId(), "wrong prices");

    assertThat(versions.require(submitted.getId()).getStatus()).isEqualTo(ContentStatus.DRAFT);
    assertThat(versions.require(submitted.getId()).getReviewComment()).isEqualTo("wrong prices");
    library.markSubmitted(asset.getId());
    Map<String, Object> published = workers.publish(submitted.getId());
    assertThat(published).containsEntry("reviewDate", NOW.plus(Duration.ofDays(180)).toString());
    assertThat(workers.renew(submitted.getId(), "2027-01-15")).containsEntry("reviewDate", "2027-01-15T00:00:00Z");
    // delivered again without a date, the renewal already made stands
    assertThat(workers.renew(submitted.getId(), null)).containsEntry("reviewDate", "2027-01-15T00:00:00Z");
  }

  @Test
  void aLanguageFindsItsRegionalVariantsButNotTheOtherWayRound() {
    assertThat(ContentLibrary.inLanguage("de-AT", "de")).isTrue();
    assertThat(ContentLibrary.inLanguage("de", "DE")).isTrue();
    assertThat(ContentLibrary.inLanguage("de", "de-AT")).isFalse();
    assertThat(ContentLibrary.inLanguage("en", "de")).isFalse();
  }

  @Test
  void officeFilesAreToldFromPlainZips() throws IOException {
    assertThat(FileTypes.sniff(zip("[Content_Types].xml", "ppt/presentation.xml"))).contains(FileTypes.FileType.PPTX);
    assertThat(FileTypes.sniff(zip("[Content_Types].xml", "word/document.xml"))).contains(FileTypes.FileType.DOCX);
    assertThat(FileTypes.sniff(zip("[Content_Types].xml", "xl/workbook.xml"))).contains(FileTypes.FileType.XLSX);
    assertThat(FileTypes.sniff(zip("readme.txt"))).contains(FileTypes.FileType.ZIP);
    assertThat(FileTypes.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})).contains(FileTypes.FileType.PNG);
    assertThat(FileTypes.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains(FileTypes.FileType.JPEG);
    assertThat(FileTypes.sniff("<html>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(FileTypes.sniff(new byte[0])).isEmpty();
  }

  private long publish(long assetId) {
    ContentVersion version = library.markSubmitted(assetId);
    workers.publish(version.getId());
    return version.getId();
  }

  private ContentAsset asset(List<String> countries) {
    return library.create(
        new ContentDescription("Battle card", "Against Rival", ContentKind.BATTLE_CARD, "en", new ContentAudience(List.of(), null, countries, null)),
        "pm");
  }

  private Partner partner(String country) {
    Partner partner = new Partner("Acme " + country, PartnerType.RESELLER, country, "acme.example", "Ada", "ada@acme.example", BigDecimal.TEN, 3, NOW);
    for (Stage stage : new Stage[] {Stage.ONBOARD, Stage.ENABLE, Stage.CERTIFY, Stage.ACTIVE}) {
      partner.enterStage(stage, NOW);
    }
    return partners.saveAndFlush(partner);
  }

  private static byte[] zip(String... entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String entry : entries) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write("x".getBytes(StandardCharsets.US_ASCII));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}

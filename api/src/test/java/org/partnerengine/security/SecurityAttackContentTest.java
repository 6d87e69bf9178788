package org.partnerengine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerengine.Mailbox;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.account.AccountService;
import org.partnerengine.content.ContentLibrary;
import org.partnerengine.content.ContentWorkers;
import org.partnerengine.notification.Notifications;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The enablement library under attack: a partner reaching for an asset outside its audience or
 * through another partner's id, an executable dressed as a PDF, an oversized upload, a script link,
 * and a partner trying the managers' endpoints. Every refusal is a problem response and stores
 * nothing.
 */
@PartnerEngineTest
class SecurityAttackContentTest {

  private static final String PASSWORD = "correct horse 42";
  private static final byte[] PDF = "%PDF-1.7\n%deck\n".getBytes(StandardCharsets.US_ASCII);

  @Autowired TestRestTemplate http;
  @Autowired AccountService accounts;
  @Autowired Notifications notifications;
  @Autowired Partners partners;
  @Autowired ContentLibrary library;
  @Autowired ContentWorkers workers;

  private long germanPartner;
  private long frenchPartner;
  private TestRestTemplate german;

  @BeforeEach
  void twoActivePartnersAndAPortalUserForTheGermanOne() {
    String suffix = Long.toString(System.nanoTime(), 36);
    germanPartner = activePartner("de-" + suffix, "DE");
    frenchPartner = activePartner("fr-" + suffix, "FR");
    var account = accounts.provision(germanPartner, "owner@de-" + suffix + ".example");
    ResponseEntity<JsonNode> accepted =
        http.postForEntity(
            "/api/invitations/" + new Mailbox(notifications).invitationToken(germanPartner).orElseThrow(), json(Map.of("password", PASSWORD)), JsonNode.class);
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
    german = http.withBasicAuth(account.getUsername(), PASSWORD);
  }

  @Test
  void aPartnerOutsideTheAudienceGets404OnTheAssetAndItsDownloadAndNoView() {
    long frenchOnly = published("Prix France", List.of("FR"));
    long forEveryone = published("Global deck", List.of());

    assertRefused(german.getForEntity("/api/partners/" + germanPartner + "/content/" + frenchOnly, JsonNode.class), HttpStatus.NOT_FOUND);
    assertRefused(german.getForEntity("/api/partners/" + germanPartner + "/content/" + frenchOnly + "/download", JsonNode.class), HttpStatus.NOT_FOUND);
    JsonNode list = german.getForObject("/api/partners/" + germanPartner + "/content?size=100", JsonNode.class);
    assertThat(list.path("content").findValuesAsText("id")).contains(Long.toString(forEveryone)).doesNotContain(Long.toString(frenchOnly));
    assertThat(library.viewCount(frenchOnly)).isZero();
  }

  @Test
  void aPartnerUsingAnotherPartnersIdGets404EvenForAnAssetThatPartnerMaySee() {
    long frenchOnly = published("Prix France", List.of("FR"));

    assertRefused(german.getForEntity("/api/partners/" + frenchPartner + "/content", JsonNode.class), HttpStatus.NOT_FOUND);
    assertRefused(german.getForEntity("/api/partners/" + frenchPartner + "/content/" + frenchOnly, JsonNode.class), HttpStatus.NOT_FOUND);
    assertRefused(german.getForEntity("/api/partners/" + frenchPartner + "/content/" + frenchOnly + "/download", JsonNode.class), HttpStatus.NOT_FOUND);
    assertThat(library.viewCount(frenchOnly)).isZero();
  }

  @Test
  void anExecutableRenamedPdfIs415AndStoresNoVersion() {
    long asset = asset("Renamed exe", List.of());
    byte[] exe = "MZ\u0090\u0000\u0003 This program cannot be run in DOS mode.".getBytes(StandardCharsets.ISO_8859_1);

    assertRefused(upload(asset, "deck.pdf", exe), HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertRefused(upload(asset, "page.pdf", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)), HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(library.versionsOf(asset)).isEmpty();
  }

  @Test
  void anUploadOverTheLimitIs413AndStoresNoVersion() {
    long asset = asset("Huge deck", List.of());
    byte[] huge = Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);

    assertRefused(upload(asset, "huge.pdf", huge), HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(library.versionsOf(asset)).isEmpty();
  }

  @Test
  void aScriptLinkAndBadMetadataAre400() {
    long asset = asset("Links", List.of());

    assertRefused(
        manager().exchange("/api/content/" + asset + "/link", HttpMethod.PUT, json(Map.of("link", "javascript:alert(1)")), JsonNode.class),
        HttpStatus.BAD_REQUEST);
    assertRefused(
        manager().postForEntity("/api/content", json(Map.of("title", "x", "kind", "MALWARE", "locale", "en")), JsonNode.class),
        HttpStatus.BAD_REQUEST);
    assertRefused(
        manager().postForEntity(
            "/api/content", json(Map.of("title", "x", "kind", "SALES_DECK", "locale", "en", "audience", Map.of("countries", List.of("Germany")))),
            JsonNode.class),
        HttpStatus.BAD_REQUEST);
    assertRefused(manager().getForEntity("/api/partners/" + germanPartner + "/content?kind=NOPE", JsonNode.class), HttpStatus.BAD_REQUEST);
    assertRefused(manager().getForEntity("/api/content?size=100000", JsonNode.class), HttpStatus.BAD_REQUEST);
    assertRefused(manager().postForEntity("/api/content/" + asset + "/submission", null, JsonNode.class), HttpStatus.CONFLICT);
    assertThat(library.versionsOf(asset)).isEmpty();
  }

  @Test
  void aPartnerCannotCreateUploadOrSubmitLibraryContent() {
    long asset = asset("Managers only", List.of());

    assertRefused(german.postForEntity("/api/content", json(Map.of("title", "Mine", "kind", "SALES_DECK", "locale", "en")), JsonNode.class), HttpStatus.FORBIDDEN);
    assertRefused(upload(german, asset, "deck.pdf", PDF), HttpStatus.FORBIDDEN);
    assertRefused(german.postForEntity("/api/content/" + asset + "/submission", null, JsonNode.class), HttpStatus.FORBIDDEN);
    assertRefused(german.getForEntity("/api/content/" + asset + "/views", JsonNode.class), HttpStatus.FORBIDDEN);
    assertThat(library.versionsOf(asset)).isEmpty();
  }

  private long published(String title, List<String> countries) {
    long asset = asset(title, countries);
    assertThat(upload(asset, "deck.pdf", PDF).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    workers.publish(library.markSubmitted(asset).getId());
    return asset;
  }

  private long asset(String title, List<String> countries) {
    ResponseEntity<JsonNode> created =
        manager().postForEntity(
            "/api/content", json(Map.of("title", title, "kind", "SALES_DECK", "locale", "en", "audience", Map.of("countries", countries))), JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return created.getBody().get("id").asLong();
  }

  private ResponseEntity<JsonNode> upload(long assetId, String fileName, byte[] content) {
    return upload(manager(), assetId, fileName, content);
  }

  private static ResponseEntity<JsonNode> upload(TestRestTemplate user, long assetId, String fileName, byte[] content) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    HttpHeaders partHeaders = new HttpHeaders();
    partHeaders.setContentType(MediaType.APPLICATION_PDF);
    parts.add(
        "file",
        new HttpEntity<>(
            new ByteArrayResource(content) {
              @Override
              public String getFilename() {
                return fileName;
              }
            },
            partHeaders));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return user.postForEntity("/api/content/" + assetId + "/file", new HttpEntity<>(parts, headers), JsonNode.class);
  }

  private long activePartner(String name, String country) {
    Partner partner =
        new Partner(name + " GmbH", PartnerType.RESELLER, country, "https://" + name + ".example", "Ada", "ada@" + name + ".example",
            new BigDecimal("2500000"), 40, Instant.now());
    for (Stage stage : new Stage[] {Stage.ONBOARD, Stage.ENABLE, Stage.CERTIFY, Stage.ACTIVE}) {
      partner.enterStage(stage, Instant.now());
    }
    return partners.saveAndFlush(partner).getId();
  }

  private TestRestTemplate manager() {
    return http.withBasicAuth("manager", "manager");
  }

  private static void assertRefused(ResponseEntity<JsonNode> response, HttpStatus status) {
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }
}

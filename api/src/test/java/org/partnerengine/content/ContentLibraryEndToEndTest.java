package org.partnerengine.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.partnerengine.Mailbox;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.account.AccountService;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A manager puts a price list into the library, a partner manager approves it in the inbox, the
 * content-publication process publishes it and mails its audience, and a partner user of that
 * audience finds and downloads it; the manager sees the download.
 */
@PartnerEngineTest
class ContentLibraryEndToEndTest {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final byte[] PDF = "%PDF-1.7\n%price list\n".getBytes(StandardCharsets.US_ASCII);
  static final String PASSWORD = "correct horse 42";

  @Autowired TestRestTemplate http;
  @Autowired AccountService accounts;
  @Autowired Notifications notifications;
  @Autowired Partners partners;
  @Autowired ContentVersions versions;
  @Autowired JdbcTemplate jdbc;

  @Test
  void anApprovedPriceListReachesItsAudienceAndTheDownloadIsCounted() {
    long partnerId = activePartner("library-reader", "LU");
    TestRestTemplate reader = portalUser(partnerId, "library-reader");
    long assetId = createAsset(manager(), "Price list Q1", List.of("LU"));

    ResponseEntity<JsonNode> uploaded = upload(manager(), assetId, "prices.pdf", PDF);
    assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(uploaded.getBody().get("contentType").asText()).isEqualTo("application/pdf");
    ResponseEntity<JsonNode> submitted = manager().postForEntity("/api/content/" + assetId + "/submission", null, JsonNode.class);
    assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    long versionId = submitted.getBody().get("id").asLong();
    assertThat(reader.getForEntity("/api/partners/" + partnerId + "/content/" + assetId, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    JsonNode task = awaitReview(versionId);
    assertThat(task.get("formId").asText()).isEqualTo("review-content");
    long id = task.get("id").asLong();
    assertThat(manager().postForEntity("/api/tasks/" + id + "/claim", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<JsonNode> done =
        manager().postForEntity("/api/tasks/" + id + "/complete", json(Map.of("variables", Map.of("approved", true, "comment", "current"))), JsonNode.class);
    assertThat(done.getStatusCode()).as("completing: %s", done.getBody()).isEqualTo(HttpStatus.OK);
    await().atMost(WAIT).until(() -> versions.require(versionId).getStatus() == ContentStatus.PUBLISHED);
    await().atMost(WAIT).until(
        () -> jdbc.queryForObject("select count(*) from notification where idempotency_key = ?", Integer.class,
            "content-published:" + versionId + ":" + partnerId) == 1);

    JsonNode library = reader.getForObject("/api/partners/" + partnerId + "/content?locale=en&kind=PRICE_LIST", JsonNode.class);
    assertThat(library.path("content").findValuesAsText("title")).contains("Price list Q1");
    ResponseEntity<byte[]> download = reader.getForEntity("/api/partners/" + partnerId + "/content/" + assetId + "/download", byte[].class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getBody()).isEqualTo(PDF);
    assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("prices.pdf");

    JsonNode asset = manager().getForObject("/api/content/" + assetId, JsonNode.class);
    assertThat(asset.get("views").asLong()).isEqualTo(1);
    assertThat(asset.get("publishedVersionId").asLong()).isEqualTo(versionId);
    JsonNode views = manager().getForObject("/api/content/" + assetId + "/views", JsonNode.class);
    assertThat(views.at("/content/0/partnerId").asLong()).isEqualTo(partnerId);
    assertThat(views.at("/content/0/username").asText()).isEqualTo("owner@library-reader.example");
  }

  @Test
  void aVersionSentBackCarriesTheCommentAndItsResubmissionIsReviewedInTheSameInstance() {
    long assetId = createAsset(manager(), "Battle card Rival", List.of());
    assertThat(upload(manager(), assetId, "card.pdf", PDF).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long versionId = manager().postForEntity("/api/content/" + assetId + "/submission", null, JsonNode.class).getBody().get("id").asLong();
    long instance = versions.require(versionId).getProcessInstanceKey();

    review(awaitReview(versionId), false, "the prices are last year's");
    await().atMost(WAIT).until(() -> versions.require(versionId).getStatus() == ContentStatus.DRAFT);
    JsonNode draft = manager().getForObject("/api/content/" + assetId, JsonNode.class);
    assertThat(draft.at("/versions/0/reviewComment").asText()).isEqualTo("the prices are last year's");
    assertThat(manager().exchange("/api/content/" + assetId + "/link", org.springframework.http.HttpMethod.PUT,
        json(Map.of("link", "https://cdn.example.com/battle-card")), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(manager().postForEntity("/api/content/" + assetId + "/submission", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

    review(awaitReview(versionId), true, "fixed");
    await().atMost(WAIT).until(() -> versions.require(versionId).getStatus() == ContentStatus.PUBLISHED);
    assertThat(versions.require(versionId).getProcessInstanceKey()).isEqualTo(instance);
    assertThat(versions.require(versionId).getLink()).isEqualTo("https://cdn.example.com/battle-card");
  }

  private void review(JsonNode task, boolean approved, String comment) {
    long id = task.get("id").asLong();
    assertThat(manager().postForEntity("/api/tasks/" + id + "/claim", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<JsonNode> done =
        manager().postForEntity("/api/tasks/" + id + "/complete", json(Map.of("variables", Map.of("approved", approved, "comment", comment))), JsonNode.class);
    assertThat(done.getStatusCode()).as("completing: %s", done.getBody()).isEqualTo(HttpStatus.OK);
  }

  private JsonNode awaitReview(long versionId) {
    long instance = versions.require(versionId).getProcessInstanceKey();
    AtomicReference<JsonNode> found = new AtomicReference<>();
    await().atMost(WAIT).until(() -> {
      JsonNode tasks = manager().getForObject("/api/tasks?candidateGroup=partner-managers&state=CREATED&size=100", JsonNode.class);
      for (JsonNode task : tasks.path("content")) {
        if (task.path("processInstanceKey").asLong() == instance && "Task_ReviewContent".equals(task.path("elementId").asText())) {
          found.set(task);
          return true;
        }
      }
      return false;
    });
    return found.get();
  }

  static long createAsset(TestRestTemplate manager, String title, List<String> countries) {
    ResponseEntity<JsonNode> created =
        manager.postForEntity(
            "/api/content",
            json(Map.of("title", title, "kind", "PRICE_LIST", "locale", "en", "audience", Map.of("countries", countries))),
            JsonNode.class);
    assertThat(created.getStatusCode()).as("creating: %s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    return created.getBody().get("id").asLong();
  }

  static ResponseEntity<JsonNode> upload(TestRestTemplate manager, long assetId, String fileName, byte[] content) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    HttpHeaders partHeaders = new HttpHeaders();
    partHeaders.setContentType(MediaType.APPLICATION_PDF); // what the client claims; the library reads the bytes
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
    return manager.postForEntity("/api/content/" + assetId + "/file", new HttpEntity<>(parts, headers), JsonNode.class);
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

  private TestRestTemplate portalUser(long partnerId, String name) {
    var account = accounts.provision(partnerId, "owner@" + name + ".example");
    ResponseEntity<JsonNode> accepted =
        http.postForEntity(
            "/api/invitations/" + new Mailbox(notifications).invitationToken(partnerId).orElseThrow(), json(Map.of("password", PASSWORD)), JsonNode.class);
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
    return http.withBasicAuth(account.getUsername(), PASSWORD);
  }

  private TestRestTemplate manager() {
    return http.withBasicAuth("manager", "manager");
  }
}

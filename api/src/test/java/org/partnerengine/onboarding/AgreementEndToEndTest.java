package org.partnerengine.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.AgreementSigning.open;
import static org.partnerengine.AgreementSigning.partnerInOnboarding;
import static org.partnerengine.AgreementSigning.portalUser;
import static org.partnerengine.AgreementSigning.signature;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.partnerengine.AgreementSigning.Opened;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.account.AccountService;
import org.partnerengine.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The partner agreement from the portal's side: opened as a PDF, signed by click with typed name,
 * title and consent, kept byte for byte with its hash, countersigned by a manager, and the
 * signature moves onboarding on as the old "agreement signed" event did.
 */
@PartnerEngineTest
class AgreementEndToEndTest {

  private static final Duration STEP = Duration.ofSeconds(30);

  @Autowired TestRestTemplate http;
  @Autowired AccountService accounts;
  @Autowired Notifications notifications;
  @Autowired Agreements agreements;

  @Test
  void aPartnerOpensItsAgreementAsAPdfInEnglishOrGerman() throws IOException {
    long partnerId = partnerInOnboarding(http, "pdf-reader.example");
    TestRestTemplate partner = portalUser(http, accounts, notifications, partnerId, "ada@pdf-reader.example");

    ResponseEntity<byte[]> english = partner.getForEntity("/api/partners/" + partnerId + "/agreement", byte[].class);
    assertThat(english.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(english.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(english.getHeaders().getContentDisposition().getFilename()).isEqualTo("partner-agreement-v1-en.pdf");
    assertThat(english.getHeaders().getETag()).isEqualTo("\"" + PartnerAgreements.sha256(english.getBody()) + "\"");
    assertThat(text(english.getBody())).contains("Pdf-reader GmbH (DE)", "PARTNER AGREEMENT (template v1)");

    HttpHeaders german = new HttpHeaders();
    german.setAcceptLanguageAsLocales(java.util.List.of(java.util.Locale.GERMANY));
    ResponseEntity<byte[]> deutsch =
        partner.exchange("/api/partners/" + partnerId + "/agreement", HttpMethod.GET, new HttpEntity<>(german), byte[].class);
    assertThat(deutsch.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("de");
    assertThat(text(deutsch.getBody())).contains("Pdf-reader GmbH (DE)", "PARTNERVERTRAG (Vorlage v1)");
    assertThat(text(open(partner, partnerId, "de").pdf())).contains("Vorlage v1 (de)");
  }

  @Test
  void aSignatureKeepsTheExactPdfSignedAndMovesOnboardingOn() {
    long partnerId = partnerInOnboarding(http, "signer.example");
    TestRestTemplate partner = portalUser(http, accounts, notifications, partnerId, "ada@signer.example");
    Opened opened = open(partner, partnerId, "de");

    ResponseEntity<JsonNode> signed = sign(partner, partnerId, signature(opened.sha256(), "de"));

    assertThat(signed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(signed.getBody().path("signerName").asText()).isEqualTo("Ada Lovelace");
    assertThat(signed.getBody().path("signerTitle").asText()).isEqualTo("Managing Director");
    assertThat(signed.getBody().path("signedBy").asText()).isEqualTo("ada@signer.example");
    assertThat(signed.getBody().path("documentSha256").asText()).isEqualTo(opened.sha256());
    ResponseEntity<byte[]> copy = partner.getForEntity("/api/partners/" + partnerId + "/agreement/signed-copy", byte[].class);
    assertThat(copy.getBody()).isEqualTo(opened.pdf());
    assertThat(PartnerAgreements.sha256(copy.getBody())).isEqualTo(opened.sha256());
    assertThat(copy.getHeaders().getETag()).isEqualTo("\"" + opened.sha256() + "\"");
    // Onboarding takes the signature where it took the "agreement signed" event: the agreement
    // is recorded signed and the next step runs.
    await().atMost(STEP).until(() -> agreements.findByPartnerIdOrderByIdAsc(partnerId).get(0).isSigned());
    await().atMost(STEP).until(() -> history(partnerId).contains("AGREEMENT_SIGNED"));
  }

  @Test
  void theSignedAgreementIsOneEntryInThePartnersHistoryInThePartnersLanguage() {
    long partnerId = partnerInOnboarding(http, "history-words.example");
    TestRestTemplate partner = portalUser(http, accounts, notifications, partnerId, "ada@history-words.example");
    sign(partner, partnerId, signature(open(partner, partnerId, "de").sha256(), "de"));
    // Onboarding has taken the signature once the agreement is marked signed.
    await().atMost(STEP).until(() -> agreements.findByPartnerIdOrderByIdAsc(partnerId).get(0).isSigned());

    HttpHeaders german = new HttpHeaders();
    german.setAcceptLanguageAsLocales(java.util.List.of(java.util.Locale.GERMANY));
    JsonNode history =
        partner.exchange("/api/partners/" + partnerId + "/history", HttpMethod.GET, new HttpEntity<>(german), JsonNode.class).getBody();
    java.util.List<JsonNode> signed = new java.util.ArrayList<>();
    history.forEach(entry -> { if ("AGREEMENT_SIGNED".equals(entry.path("type").asText())) signed.add(entry); });
    assertThat(signed).hasSize(1);
    assertThat(signed.get(0).path("label").asText()).isEqualTo("Vertrag unterschrieben");
    assertThat(signed.get(0).path("sentence").asText()).isEqualTo("Der Partnervertrag wurde unterschrieben.");
    assertThat(signed.get(0).path("actor").asText()).isEqualTo("You");
    assertThat(history.findValuesAsText("sentence")).contains("Die Partnerschaft ist in die Phase Onboarding gewechselt.");
  }

  @Test
  void signingTwiceOrADocumentThatChangedIsRefused() {
    long partnerId = partnerInOnboarding(http, "twice.example");
    TestRestTemplate partner = portalUser(http, accounts, notifications, partnerId, "ada@twice.example");
    Opened english = open(partner, partnerId, "en");

    ResponseEntity<JsonNode> otherBytes = sign(partner, partnerId, signature(english.sha256(), "de"));
    assertThat(otherBytes.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(otherBytes.getBody().path("title").asText()).isEqualTo("Agreement changed since it was opened");
    assertThat(sign(partner, partnerId, signature(english.sha256(), "en")).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    ResponseEntity<JsonNode> again = sign(partner, partnerId, signature(english.sha256(), "en"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody().path("title").asText()).isEqualTo("Agreement already signed");
  }

  @Test
  void badSignaturesAreRefusedWithAProblemAndNothingIsSigned() {
    long partnerId = partnerInOnboarding(http, "careless.example");
    TestRestTemplate partner = portalUser(http, accounts, notifications, partnerId, "ada@careless.example");
    String hash = open(partner, partnerId, "en").sha256();

    for (Map<String, Object> bad :
        java.util.List.of(
            without(signature(hash, "en"), "signerName"),
            with(signature(hash, "en"), "signerName", "   "),
            without(signature(hash, "en"), "signerTitle"),
            without(signature(hash, "en"), "consent"),
            with(signature(hash, "en"), "consent", false),
            with(signature(hash, "en"), "documentSha256", "abc"),
            with(signature(hash, "en"), "signerName", "Ada\u0000Lovelace"),
            with(signature(hash, "en"), "signerTitle", "x".repeat(201)),
            with(signature(hash, "en"), "language", "fr"))) {
      ResponseEntity<JsonNode> refused = sign(partner, partnerId, bad);
      assertThat(refused.getStatusCode()).as("%s", bad).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
    }
    assertThat(partner.getForEntity("/api/partners/" + partnerId + "/agreement/signed-copy", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(partner.getForEntity("/api/partners/" + partnerId + "/agreement?lang=fr", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void aManagerCountersignsTheSignedAgreementOnce() {
    long partnerId = partnerInOnboarding(http, "countersigned.example");
    TestRestTemplate partner = portalUser(http, accounts, notifications, partnerId, "ada@countersigned.example");
    TestRestTemplate manager = http.withBasicAuth("manager", "manager");
    Map<String, Object> countersignature = Map.of("signerName", "Max Mustermann", "signerTitle", "Head of Partners");
    String path = "/api/partners/" + partnerId + "/agreement/countersignature";
    assertThat(manager.postForEntity(path, json(countersignature), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    sign(partner, partnerId, signature(open(partner, partnerId, "en").sha256(), "en"));
    long taskId = countersignTask(partnerId).path("id").asLong();

    assertThat(partner.postForEntity(path, json(countersignature), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> countersigned = manager.postForEntity(path, json(countersignature), JsonNode.class);
    assertThat(countersigned.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(countersigned.getBody().path("countersignedBy").asText()).isEqualTo("manager");
    assertThat(countersigned.getBody().path("countersignerName").asText()).isEqualTo("Max Mustermann");
    assertThat(countersigned.getBody().path("signerName").asText()).isEqualTo("Ada Lovelace");
    assertThat(manager.postForEntity(path, json(countersignature), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(manager.postForEntity(path, json(Map.of("signerTitle", "Head")), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    // Countersigned through the API: the inbox task has nothing left to do.
    await().atMost(STEP)
        .until(() -> manager.getForObject("/api/tasks/" + taskId, JsonNode.class).path("state").asText(), "CANCELED"::equals);
  }

  @Test
  void aManagerCountersignsInTheInboxInTheirOwnName() {
    long partnerId = partnerInOnboarding(http, "inbox-countersign.example");
    TestRestTemplate partner = portalUser(http, accounts, notifications, partnerId, "ada@inbox-countersign.example");
    sign(partner, partnerId, signature(open(partner, partnerId, "en").sha256(), "en"));
    TestRestTemplate manager = http.withBasicAuth("manager", "manager");

    JsonNode task = countersignTask(partnerId);
    assertThat(task.path("name").asText()).isEqualTo("Countersign agreement");
    assertThat(task.path("candidateGroups").toString()).contains("partner-managers");
    String taskPath = "/api/tasks/" + task.path("id").asLong();
    assertThat(partner.postForEntity(taskPath + "/claim", null, JsonNode.class).getStatusCode().is4xxClientError()).isTrue();
    assertThat(manager.postForEntity(taskPath + "/claim", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(manager.postForEntity(taskPath + "/complete", json(Map.of("variables", Map.of("countersignerTitle", "Head"))), JsonNode.class)
            .getStatusCode())
        .as("the form requires the name")
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(manager.postForEntity(taskPath + "/complete",
            json(Map.of("variables", Map.of("countersignerName", "Max Mustermann", "countersignerTitle", "Head of Partners"))), JsonNode.class)
            .getStatusCode())
        .isEqualTo(HttpStatus.OK);

    JsonNode signature = await().atMost(STEP).until(
        () -> manager.getForObject("/api/partners/" + partnerId + "/agreement/signature", JsonNode.class),
        s -> !s.path("countersignedAt").isNull());
    assertThat(signature.path("countersignedBy").asText()).isEqualTo("manager");
    assertThat(signature.path("countersignerName").asText()).isEqualTo("Max Mustermann");
    assertThat(signature.path("signedBy").asText()).isEqualTo("ada@inbox-countersign.example");
  }

  /** The open "Countersign agreement" task of the partner, as a manager's inbox lists it. */
  private JsonNode countersignTask(long partnerId) {
    TestRestTemplate manager = http.withBasicAuth("manager", "manager");
    return await().atMost(STEP).until(
        () -> {
          for (JsonNode task : manager.getForObject("/api/tasks?state=CREATED&size=100&partnerId=" + partnerId, JsonNode.class).path("content")) {
            if ("Task_CountersignAgreement".equals(task.path("elementId").asText())) {
              return task;
            }
          }
          return null;
        },
        task -> task != null);
  }

  private static ResponseEntity<JsonNode> sign(TestRestTemplate client, long partnerId, Map<String, Object> body) {
    return client.postForEntity("/api/partners/" + partnerId + "/agreement/signature", json(body), JsonNode.class);
  }

  private String history(long partnerId) {
    return http.withBasicAuth("manager", "manager").getForObject("/api/partners/" + partnerId + "/history", JsonNode.class).toString();
  }

  private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    Map<String, Object> changed = new HashMap<>(body);
    changed.put(field, value);
    return changed;
  }

  private static Map<String, Object> without(Map<String, Object> body, String field) {
    Map<String, Object> changed = new HashMap<>(body);
    changed.remove(field);
    return changed;
  }

  private static String text(byte[] pdf) throws IOException {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}

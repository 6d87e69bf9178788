package org.partnerengine.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.WorkerFixtures;
import org.partnerengine.onboarding.AgreementRefused.Reason;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.engine.MessagePublisher;
import org.partnerengine.partner.PartnerSignals;
import org.partnerengine.partner.Partners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@DatabaseTest
@Import({
  GenerateAgreementWorker.class,
  AgreementTemplates.class,
  PartnerAgreements.class,
  PartnerHistory.class,
  org.partnerengine.notification.NotificationOutbox.class,
  WorkerFixtures.class
})
class PartnerAgreementsTest {

  @Autowired GenerateAgreementWorker generateAgreement;
  @Autowired PartnerAgreements agreements;
  @Autowired AgreementSignatures signatures;
  @Autowired Partners partners;
  @MockitoBean PartnerSignals signals;
  @MockitoBean MessagePublisher engine;

  private long partnerId;

  @BeforeEach
  void aPartnerInOnboarding() {
    partnerId = partners.saveAndFlush(WorkerFixtures.applicant()).getId();
    generateAgreement.generate(partnerId);
    when(signals.signal(anyLong(), anyString(), anyString(), anyMap(), anyString(), anyString(), anyString())).thenReturn(true);
  }

  @Test
  void theAgreementPdfNamesThePartnerAndTheTemplateVersionInItsLanguage() throws IOException {
    AgreementDocument english = agreements.document(partnerId, AgreementLanguage.ENGLISH);
    AgreementDocument german = agreements.document(partnerId, AgreementLanguage.GERMAN);

    assertThat(new String(english.pdf(), 0, 5)).isEqualTo("%PDF-");
    assertThat(text(english.pdf()))
        .contains("PARTNER AGREEMENT (template v1)", "Acme Cloud GmbH (DE)", "starts on 2026-03-01", "Partner agreement, template v1 (en)");
    assertThat(text(german.pdf())).contains("PARTNERVERTRAG (Vorlage v1)", "Acme Cloud GmbH (DE)", "läuft", "Vorlage v1 (de)");
    assertThat(english.fileName()).isEqualTo("partner-agreement-v1-en.pdf");
  }

  @Test
  void theSameAgreementRendersToTheSameBytesSoItsHashIdentifiesIt() {
    AgreementDocument first = agreements.document(partnerId, AgreementLanguage.ENGLISH);
    AgreementDocument again = agreements.document(partnerId, AgreementLanguage.ENGLISH);

    assertThat(again.pdf()).isEqualTo(first.pdf());
    assertThat(first.sha256()).isEqualTo(PartnerAgreements.sha256(first.pdf())).hasSize(64);
    assertThat(agreements.document(partnerId, AgreementLanguage.GERMAN).sha256()).isNotEqualTo(first.sha256());
  }

  @Test
  void aSignatureKeepsTheSignerAndTheExactBytesSignedAndTellsOnboarding() {
    AgreementDocument opened = agreements.document(partnerId, AgreementLanguage.GERMAN);

    AgreementSignature signature =
        agreements.sign(partnerId, AgreementLanguage.GERMAN, opened.sha256(), new Signer(" Anna Weber ", "CEO"), "anna", "203.0.113.7");

    AgreementSignature stored = signatures.findByAgreementId(signature.getAgreementId()).orElseThrow();
    assertThat(stored.getSignerName()).isEqualTo("Anna Weber");
    assertThat(stored.getSignerTitle()).isEqualTo("CEO");
    assertThat(stored.getSignedBy()).isEqualTo("anna");
    assertThat(stored.getClientAddress()).isEqualTo("203.0.113.7");
    assertThat(stored.getSignedAt()).isEqualTo(WorkerFixtures.NOW);
    assertThat(stored.getLanguage()).isEqualTo("de");
    assertThat(stored.getDocument()).isEqualTo(opened.pdf());
    assertThat(stored.getDocumentSha256()).isEqualTo(PartnerAgreements.sha256(stored.getDocument()));
    verify(signals)
        .signal(eq(partnerId), eq("agreement-signed"), eq("agreement-signed:" + partnerId + ":v1"),
            eq(Map.of("agreementVersion", "v1", "partnerId", partnerId)), eq("AGREEMENT_SIGNED"), eq("anna"), contains("Anna Weber, CEO"));
  }

  @Test
  void aSecondSignatureIsRefused() {
    String hash = agreements.document(partnerId, AgreementLanguage.ENGLISH).sha256();
    agreements.sign(partnerId, AgreementLanguage.ENGLISH, hash, new Signer("Anna Weber", "CEO"), "anna", "127.0.0.1");

    assertThatThrownBy(() -> agreements.sign(partnerId, AgreementLanguage.ENGLISH, hash, new Signer("Bob", "CFO"), "bob", "127.0.0.1"))
        .isInstanceOfSatisfying(AgreementRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_SIGNED));
  }

  @Test
  void aDocumentThatNoLongerReadsAsOpenedIsNotSigned() {
    String englishHash = agreements.document(partnerId, AgreementLanguage.ENGLISH).sha256();

    // Opened in English, claimed as the German document: not the bytes the server would sign.
    assertThatThrownBy(() -> agreements.sign(partnerId, AgreementLanguage.GERMAN, englishHash, new Signer("Anna", "CEO"), "anna", "127.0.0.1"))
        .isInstanceOfSatisfying(AgreementRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.DOCUMENT_CHANGED));
    assertThat(signatures.count()).isZero();
  }

  @Test
  void aPartnerWithoutAnAgreementHasNothingToOpenOrSign() {
    long applicant = partners.saveAndFlush(WorkerFixtures.applicant("Other Ltd", "GB", "other.example")).getId();

    assertThatThrownBy(() -> agreements.document(applicant, AgreementLanguage.ENGLISH))
        .isInstanceOfSatisfying(AgreementRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_GENERATED));
  }

  @Test
  void aSignatureTheEngineDidNotTakeIsTakenBackSoSigningAgainWorks() {
    String hash = agreements.document(partnerId, AgreementLanguage.ENGLISH).sha256();
    when(signals.signal(anyLong(), anyString(), anyString(), anyMap(), anyString(), anyString(), anyString()))
        .thenThrow(new IllegalStateException("engine down"));

    assertThatThrownBy(() -> agreements.sign(partnerId, AgreementLanguage.ENGLISH, hash, new Signer("Anna", "CEO"), "anna", "127.0.0.1"))
        .hasMessage("engine down");
    assertThat(signatures.count()).isZero();
  }

  @Test
  void aManagerCountersignsOnceAndNeverTheirOwnSignature() {
    String hash = agreements.document(partnerId, AgreementLanguage.ENGLISH).sha256();
    assertThatThrownBy(() -> agreements.countersign(partnerId, new Signer("Max", "Head of Partners"), "manager"))
        .isInstanceOfSatisfying(AgreementRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_SIGNED));
    agreements.sign(partnerId, AgreementLanguage.ENGLISH, hash, new Signer("Anna Weber", "CEO"), "anna", "127.0.0.1");

    assertThatThrownBy(() -> agreements.countersign(partnerId, new Signer("Anna Weber", "CEO"), "anna"))
        .isInstanceOfSatisfying(AgreementRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.SAME_PERSON));
    AgreementSignature countersigned = agreements.countersignOutsideTheInbox(partnerId, new Signer("Max Mustermann", "Head of Partners"), "manager");
    assertThat(countersigned.getCountersignedBy()).isEqualTo("manager");
    assertThat(countersigned.getCountersignerName()).isEqualTo("Max Mustermann");
    assertThat(countersigned.getCountersignedAt()).isEqualTo(WorkerFixtures.NOW);
    // The open inbox task, if any, is told; a message nobody waits for is not kept.
    verify(engine).publish(org.mockito.ArgumentMatchers.argThat(message ->
        message.name().equals("agreement-countersigned") && message.correlationKey().equals(String.valueOf(partnerId))
            && message.timeToLive().isZero()));
    assertThatThrownBy(() -> agreements.countersign(partnerId, new Signer("Max", "Head"), "other-manager"))
        .isInstanceOfSatisfying(AgreementRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_COUNTERSIGNED));
  }

  private static String text(byte[] pdf) throws IOException {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}

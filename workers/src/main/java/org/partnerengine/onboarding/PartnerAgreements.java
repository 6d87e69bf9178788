package org.partnerengine.onboarding;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.partnerengine.engine.EngineRefused;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.engine.MessagePublisher;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerSignals;
import org.partnerengine.partner.Partners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The partner's agreement as a document: rendered to PDF in the partner's language, signed by
 * click (typed name and title, the hash of the exact PDF opened) and countersigned by a manager.
 * A signature is stored first and then sent to onboarding as the {@code agreement-signed} message
 * the model waits for, with the {@code agreementVersion} it expects; if the message cannot be
 * sent, the signature is taken back so that signing again works.
 */
@Service
public class PartnerAgreements {

  private static final Logger log = LoggerFactory.getLogger(PartnerAgreements.class);

  static final String SIGNED_MESSAGE = "agreement-signed";
  /** Ends an open "Countersign agreement" task once the agreement is countersigned another way. */
  static final String COUNTERSIGNED_MESSAGE = "agreement-countersigned";

  private final Partners partners;
  private final Agreements agreements;
  private final AgreementSignatures signatures;
  private final AgreementTemplates templates;
  private final PartnerSignals signals;
  private final MessagePublisher engine;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public PartnerAgreements(
      Partners partners,
      Agreements agreements,
      AgreementSignatures signatures,
      AgreementTemplates templates,
      PartnerSignals signals,
      MessagePublisher engine,
      TransactionTemplate transaction,
      Clock clock) {
    this.partners = partners;
    this.agreements = agreements;
    this.signatures = signatures;
    this.templates = templates;
    this.signals = signals;
    this.engine = engine;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** The partner's current agreement as it reads now, in the given language. */
  public AgreementDocument document(long partnerId, AgreementLanguage language) {
    Partner partner = partners.require(partnerId);
    return render(partner, latest(partnerId), language);
  }

  /**
   * Signs the partner's current agreement.
   *
   * @param documentSha256 the hash of the PDF the signer opened, which must be the document as it
   *     reads now in that language
   */
  public AgreementSignature sign(
      long partnerId,
      AgreementLanguage language,
      String documentSha256,
      Signer signer,
      String username,
      String clientAddress) {
    AgreementSignature signature =
        transaction.execute(
            status -> {
              Partner partner = partners.require(partnerId);
              Agreement agreement = latest(partnerId);
              if (agreement.isSigned() || signatures.findByAgreementId(agreement.getId()).isPresent()) {
                throw alreadySigned(agreement);
              }
              AgreementDocument document = render(partner, agreement, language);
              if (!document.sha256().equalsIgnoreCase(documentSha256)) {
                throw new AgreementRefused(
                    AgreementRefused.Reason.DOCUMENT_CHANGED,
                    "The agreement changed since it was opened: open it again and sign the current document");
              }
              try {
                return signatures.saveAndFlush(
                    new AgreementSignature(agreement, document, signer, username, clientAddress, clock.instant()));
              } catch (DataIntegrityViolationException e) {
                throw alreadySigned(agreement);
              }
            });
    String version = signature.getTemplateVersion();
    try {
      signals.signal(
          partnerId,
          SIGNED_MESSAGE,
          SIGNED_MESSAGE + ":" + partnerId + ":" + version,
          // The partner id also starts agreement-countersignature, which has no other variable.
          Map.of("agreementVersion", version, "partnerId", partnerId),
          "AGREEMENT_SIGNED",
          username,
          "Agreement " + version + " signed by " + signer.name() + ", " + signer.title());
    } catch (RuntimeException e) {
      transaction.executeWithoutResult(status -> signatures.deleteById(signature.getId()));
      throw e;
    }
    return signature;
  }

  /** A manager's countersignature on the partner's signed agreement. */
  public AgreementSignature countersign(long partnerId, Signer countersigner, String username) {
    return transaction.execute(
        status -> {
          AgreementSignature signature = signature(partnerId);
          signature.countersign(countersigner, username, clock.instant());
          return signatures.saveAndFlush(signature);
        });
  }

  /**
   * A countersignature made outside the inbox (through the API): the open "Countersign agreement"
   * task has nothing left to do and is told so. Nobody waits for the message once the task is
   * done, so it is not kept; if the engine misses it, the task stays and its completion finds the
   * agreement countersigned.
   */
  public AgreementSignature countersignOutsideTheInbox(long partnerId, Signer countersigner, String username) {
    AgreementSignature countersigned = countersign(partnerId, countersigner, username);
    try {
      engine.publish(
          new MessagePublisher.Message(
              COUNTERSIGNED_MESSAGE,
              String.valueOf(partnerId),
              COUNTERSIGNED_MESSAGE + ":" + partnerId + ":" + countersigned.getTemplateVersion(),
              Duration.ZERO,
              Map.of()));
    } catch (EngineUnavailable | EngineRefused e) {
      log.warn("The countersignature of partner {} is stored; its inbox task stays until completed: {}", partnerId, e.getMessage());
    }
    return countersigned;
  }

  /** The signature on the partner's current agreement, with the copy signed. */
  public AgreementSignature signature(long partnerId) {
    partners.require(partnerId);
    Agreement agreement = latest(partnerId);
    return signatures
        .findByAgreementId(agreement.getId())
        .orElseThrow(
            () -> new AgreementRefused(AgreementRefused.Reason.NOT_SIGNED, "The agreement has not been signed here yet"));
  }

  private Agreement latest(long partnerId) {
    List<Agreement> all = agreements.findByPartnerIdOrderByIdAsc(partnerId);
    if (all.isEmpty()) {
      throw new AgreementRefused(
          AgreementRefused.Reason.NOT_GENERATED, "Partner " + partnerId + " has no agreement yet: it comes with onboarding");
    }
    return all.get(all.size() - 1);
  }

  private AgreementDocument render(Partner partner, Agreement agreement, AgreementLanguage language) {
    String version = agreement.getTemplateVersion();
    String text = templates.render(version, language, partner, LocalDate.ofInstant(agreement.getGeneratedAt(), ZoneOffset.UTC));
    String label = language == AgreementLanguage.GERMAN ? "Partnervertrag, Vorlage " : "Partner agreement, template ";
    String footer = label + version + " (" + language.code() + ")";
    byte[] pdf = AgreementPdf.render(text, footer, footer);
    return new AgreementDocument(version, language, pdf, sha256(pdf));
  }

  private static AgreementRefused alreadySigned(Agreement agreement) {
    return new AgreementRefused(
        AgreementRefused.Reason.ALREADY_SIGNED, "Agreement " + agreement.getTemplateVersion() + " is signed already");
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.partnerengine.onboarding;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A partner's signature on one agreement: who typed which name and title, as which logged-in user,
 * from which address, when, and the exact PDF signed (kept with its SHA-256). A manager's
 * countersignature completes it; neither is ever replaced.
 */
@Entity
public final class AgreementSignature {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long agreementId;
  private long partnerId;
  private String templateVersion;
  private String language;
  private String signerName;
  private String signerTitle;
  private String signedBy;
  private Instant signedAt;
  private String clientAddress;
  private String documentSha256;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(columnDefinition = "longblob")
  private byte[] document;

  private String countersignerName;
  private String countersignerTitle;
  private String countersignedBy;
  private Instant countersignedAt;

  @Version private long version;

  protected AgreementSignature() {}

  AgreementSignature(
      Agreement agreement,
      AgreementDocument signed,
      Signer signer,
      String signedBy,
      String clientAddress,
      Instant signedAt) {
    this.agreementId = agreement.getId();
    this.partnerId = agreement.getPartnerId();
    this.templateVersion = agreement.getTemplateVersion();
    this.language = signed.language().code();
    this.signerName = signer.name();
    this.signerTitle = signer.title();
    this.signedBy = signedBy;
    this.clientAddress = clientAddress;
    this.signedAt = signedAt;
    this.documentSha256 = signed.sha256();
    this.document = signed.pdf().clone();
  }

  /** A manager's countersignature, once, and never by the user who signed for the partner. */
  void countersign(Signer countersigner, String username, Instant at) {
    if (countersignedAt != null) {
      throw new AgreementRefused(AgreementRefused.Reason.ALREADY_COUNTERSIGNED, "The agreement was countersigned already");
    }
    if (username.equals(signedBy)) {
      throw new AgreementRefused(
          AgreementRefused.Reason.SAME_PERSON, "The countersignature must come from someone other than the signer");
    }
    this.countersignerName = countersigner.name();
    this.countersignerTitle = countersigner.title();
    this.countersignedBy = username;
    this.countersignedAt = at;
  }

  public boolean isCountersigned() {
    return countersignedAt != null;
  }

  public Long getId() {
    return id;
  }

  public long getAgreementId() {
    return agreementId;
  }

  public long getPartnerId() {
    return partnerId;
  }

  public String getTemplateVersion() {
    return templateVersion;
  }

  public String getLanguage() {
    return language;
  }

  public String getSignerName() {
    return signerName;
  }

  public String getSignerTitle() {
    return signerTitle;
  }

  public String getSignedBy() {
    return signedBy;
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  public String getClientAddress() {
    return clientAddress;
  }

  public String getDocumentSha256() {
    return documentSha256;
  }

  public byte[] getDocument() {
    return document.clone();
  }

  public String getCountersignerName() {
    return countersignerName;
  }

  public String getCountersignerTitle() {
    return countersignerTitle;
  }

  public String getCountersignedBy() {
    return countersignedBy;
  }

  public Instant getCountersignedAt() {
    return countersignedAt;
  }
}

package org.partnerengine.onboarding;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** The agreement a partner signs, as generated from one template version: one per partner and version. */
@Entity
public final class Agreement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long partnerId;
  private String templateVersion;
  private String content;
  private String contentHash;
  private Instant generatedAt;
  private Instant signedAt;

  @Version private long version;

  protected Agreement() {}

  Agreement(long partnerId, String templateVersion, String content, String contentHash, Instant generatedAt) {
    this.partnerId = partnerId;
    this.templateVersion = templateVersion;
    this.content = content;
    this.contentHash = contentHash;
    this.generatedAt = generatedAt;
  }

  /** Marks the agreement signed; a second signature keeps the first time. */
  boolean sign(Instant at) {
    if (signedAt != null) {
      return false;
    }
    signedAt = at;
    return true;
  }

  public boolean isSigned() {
    return signedAt != null;
  }

  public Long getId() {
    return id;
  }

  public long getPartnerId() {
    return partnerId;
  }

  public String getTemplateVersion() {
    return templateVersion;
  }

  public String getContent() {
    return content;
  }

  public String getContentHash() {
    return contentHash;
  }

  public Instant getGeneratedAt() {
    return generatedAt;
  }

  public Instant getSignedAt() {
    return signedAt;
  }
}

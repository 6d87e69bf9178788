package org.partnerengine.content;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One entry of the enablement library: what it is, in which language, and who it is for. Its
 * files or links are {@link ContentVersion}s; partners see the one published version, if any.
 */
@Entity
@Table(name = "content_asset")
public final class ContentAsset {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String title;
  private String description;

  @Enumerated(EnumType.STRING)
  private ContentKind kind;

  private String locale;
  private String audiencePartnerTypes;
  private String audienceMinimumTier;
  private String audienceCountries;
  private String audienceCertificate;
  private Long publishedVersionId;
  private String createdBy;
  private Instant createdAt;
  private Instant updatedAt;
  @Version private long version;

  protected ContentAsset() {}

  ContentAsset(ContentDescription description, String createdBy, Instant at) {
    this.title = description.title();
    this.description = description.description();
    this.kind = description.kind();
    this.locale = description.locale();
    ContentAudience audience = description.audience();
    this.audiencePartnerTypes = ContentAudience.join(audience.partnerTypes());
    this.audienceMinimumTier = audience.minimumTier();
    this.audienceCountries = ContentAudience.join(audience.countries());
    this.audienceCertificate = audience.certificate();
    this.createdBy = createdBy;
    this.createdAt = at;
    this.updatedAt = at;
  }

  /** Shows this version to the audience from now on, in place of the one published before. */
  void publish(long versionId, Instant at) {
    this.publishedVersionId = versionId;
    this.updatedAt = at;
  }

  /** Takes the version off the library, if it is the one partners see. */
  void withdraw(long versionId, Instant at) {
    if (publishedVersionId != null && publishedVersionId == versionId) {
      publishedVersionId = null;
      updatedAt = at;
    }
  }

  public ContentAudience getAudience() {
    return ContentAudience.of(audiencePartnerTypes, audienceMinimumTier, audienceCountries, audienceCertificate);
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public ContentKind getKind() {
    return kind;
  }

  public String getLocale() {
    return locale;
  }

  public Long getPublishedVersionId() {
    return publishedVersionId;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}

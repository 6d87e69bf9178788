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
 * One version of an asset: an uploaded file (kept in {@link ContentStorage}) or a link. A draft
 * takes its file or link, is submitted, reviewed (sent back to draft or published), and at last
 * retired or superseded by a newer published version. Each step refuses the wrong status.
 */
@Entity
@Table(name = "content_version")
public final class ContentVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long assetId;
  private int number;

  @Enumerated(EnumType.STRING)
  private ContentStatus status;

  private String fileName;
  private String contentType;
  private Long sizeBytes;
  private String sha256;
  private String link;
  private String reviewComment;
  private Instant reviewDate;
  private Long processInstanceKey;
  private String createdBy;
  private Instant createdAt;
  private Instant submittedAt;
  private Instant publishedAt;
  private Instant retiredAt;
  @Version private long version;

  protected ContentVersion() {}

  ContentVersion(long assetId, int number, String createdBy, Instant at) {
    this.assetId = assetId;
    this.number = number;
    this.status = ContentStatus.DRAFT;
    this.createdBy = createdBy;
    this.createdAt = at;
  }

  void attachFile(String fileName, String contentType, long sizeBytes, String sha256) {
    requireStatus(ContentStatus.DRAFT, "take a file");
    this.fileName = fileName;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.link = null;
  }

  void attachLink(String link) {
    requireStatus(ContentStatus.DRAFT, "take a link");
    this.link = link;
    this.fileName = null;
    this.contentType = null;
    this.sizeBytes = null;
    this.sha256 = null;
  }

  void submit(Instant reviewDate, Instant at) {
    requireStatus(ContentStatus.DRAFT, "be submitted");
    if (link == null && fileName == null) {
      throw new ContentNotReady(id, "has neither a file nor a link");
    }
    this.status = ContentStatus.IN_REVIEW;
    this.reviewDate = reviewDate;
    this.submittedAt = at;
  }

  /** Binds the version to its review instance; the first binding stays. */
  void started(long processInstanceKey) {
    if (this.processInstanceKey == null) {
      this.processInstanceKey = processInstanceKey;
    }
  }

  /** Back to draft with the reviewer's comment; a redelivered job finds it there already. */
  void sendBack(String comment) {
    if (status == ContentStatus.DRAFT) {
      return;
    }
    requireStatus(ContentStatus.IN_REVIEW, "be sent back");
    this.status = ContentStatus.DRAFT;
    this.reviewComment = comment;
  }

  /** @return false when it was published before (a redelivered job) */
  boolean publish(Instant reviewDate, Instant at) {
    if (status == ContentStatus.PUBLISHED) {
      return false;
    }
    requireStatus(ContentStatus.IN_REVIEW, "be published");
    this.status = ContentStatus.PUBLISHED;
    this.reviewDate = reviewDate;
    this.publishedAt = at;
    this.reviewComment = null;
    return true;
  }

  void renew(Instant reviewDate) {
    if (status == ContentStatus.PUBLISHED) {
      this.reviewDate = reviewDate;
    }
  }

  /** Retires a published version; one already retired or superseded stays as it is. */
  void retire(Instant at) {
    if (status == ContentStatus.PUBLISHED) {
      status = ContentStatus.RETIRED;
      retiredAt = at;
    }
  }

  void supersede(Instant at) {
    if (status == ContentStatus.PUBLISHED) {
      status = ContentStatus.SUPERSEDED;
      retiredAt = at;
    }
  }

  private void requireStatus(ContentStatus expected, String what) {
    if (status != expected) {
      throw new ContentNotReady(id, "is " + status + " and cannot " + what);
    }
  }

  /** Changes with every change of the row: tells one resubmission of a version from the next. */
  long getVersionStamp() {
    return version;
  }

  public boolean isFile() {
    return fileName != null;
  }

  public Long getId() {
    return id;
  }

  public long getAssetId() {
    return assetId;
  }

  public int getNumber() {
    return number;
  }

  public ContentStatus getStatus() {
    return status;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public Long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public String getLink() {
    return link;
  }

  public String getReviewComment() {
    return reviewComment;
  }

  public Instant getReviewDate() {
    return reviewDate;
  }

  public Long getProcessInstanceKey() {
    return processInstanceKey;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public Instant getRetiredAt() {
    return retiredAt;
  }
}

package org.partnerengine.campaign;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import java.time.Instant;

/** A file a launch rendered for its partner: the campaign's copy with the merge fields filled. */
@Entity
public final class CampaignFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long participationId;
  private String fileName;
  private String contentType;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(columnDefinition = "longblob")
  private byte[] data;

  private Instant createdAt;

  protected CampaignFile() {}

  CampaignFile(long participationId, String fileName, String contentType, byte[] data, Instant at) {
    this.participationId = participationId;
    this.fileName = fileName;
    this.contentType = contentType;
    this.data = data;
    this.createdAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getParticipationId() {
    return participationId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public byte[] getData() {
    return data;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}

package org.partnerengine.content;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One download of a version by a partner's user: who saw what, and when. */
@Entity
@Table(name = "content_view")
public final class ContentView {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long assetId;
  private long versionId;
  private long partnerId;
  private String username;
  private Instant viewedAt;

  protected ContentView() {}

  ContentView(long assetId, long versionId, long partnerId, String username, Instant viewedAt) {
    this.assetId = assetId;
    this.versionId = versionId;
    this.partnerId = partnerId;
    this.username = username;
    this.viewedAt = viewedAt;
  }

  public Long getId() {
    return id;
  }

  public long getAssetId() {
    return assetId;
  }

  public long getVersionId() {
    return versionId;
  }

  public long getPartnerId() {
    return partnerId;
  }

  public String getUsername() {
    return username;
  }

  public Instant getViewedAt() {
    return viewedAt;
  }
}

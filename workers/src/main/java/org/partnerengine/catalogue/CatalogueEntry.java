package org.partnerengine.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One course or exam of the training platform. An exam carries its pass mark and the attempts a
 * partner has before a manager decides; a course carries neither. A retired entry is kept (the
 * enrolments and attempts that name it still show its title) but offered to no one.
 */
@Entity
@Table(name = "training_catalogue")
public final class CatalogueEntry {

  @Id private String id;

  @Enumerated(EnumType.STRING)
  private TrainingKind kind;

  private String title;
  private String description;
  private String link;
  private BigDecimal passMark;
  private Integer maxAttempts;
  private Instant createdAt;
  private Instant updatedAt;
  private Instant retiredAt;

  // A wrapper, so that Spring Data tells a new entry (no version yet) from one to merge: the id is
  // assigned by the manager, not generated.
  @Version private Long version;

  protected CatalogueEntry() {}

  CatalogueEntry(String id, TrainingKind kind, CatalogueDescription description, Instant at) {
    this.id = id;
    this.kind = kind;
    this.createdAt = at;
    describe(description, at);
  }

  /** Replaces what the entry says; its id and kind stay. Retiring is separate, and final. */
  void describe(CatalogueDescription description, Instant at) {
    this.title = description.title();
    this.description = description.description();
    this.link = description.link();
    this.passMark = kind == TrainingKind.EXAM ? description.passMark() : null;
    this.maxAttempts = kind == TrainingKind.EXAM ? description.maxAttempts() : null;
    this.updatedAt = at;
  }

  /**
   * Retires the entry.
   *
   * @return false when it was retired already: the first retirement stands
   */
  boolean retire(Instant at) {
    if (retiredAt != null) {
      return false;
    }
    retiredAt = at;
    updatedAt = at;
    return true;
  }

  public boolean isRetired() {
    return retiredAt != null;
  }

  public String getId() {
    return id;
  }

  public TrainingKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public String getLink() {
    return link;
  }

  public BigDecimal getPassMark() {
    return passMark;
  }

  public Integer getMaxAttempts() {
    return maxAttempts;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getRetiredAt() {
    return retiredAt;
  }
}

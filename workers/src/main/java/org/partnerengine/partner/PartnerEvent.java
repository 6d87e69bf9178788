package org.partnerengine.partner;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One entry in a partner's history: what happened, in which stage, done by whom. */
@Entity
public final class PartnerEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long partnerId;
  private Instant occurredAt;
  private String type;

  @Enumerated(EnumType.STRING)
  private Stage stage;

  private String actor;
  private String detail;
  private String idempotencyKey;

  protected PartnerEvent() {}

  PartnerEvent(
      long partnerId,
      Instant occurredAt,
      String type,
      Stage stage,
      String actor,
      String detail,
      String idempotencyKey) {
    this.partnerId = partnerId;
    this.occurredAt = occurredAt;
    this.type = type;
    this.stage = stage;
    this.actor = actor;
    this.detail = detail;
    this.idempotencyKey = idempotencyKey;
  }

  public Long getId() {
    return id;
  }

  public long getPartnerId() {
    return partnerId;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getType() {
    return type;
  }

  public Stage getStage() {
    return stage;
  }

  public String getActor() {
    return actor;
  }

  public String getDetail() {
    return detail;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }
}

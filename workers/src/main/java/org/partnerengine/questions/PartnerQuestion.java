package org.partnerengine.questions;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A partner's question and, once given, its answer. The entity guards its own transitions. */
@Entity
@Table(name = "partner_question")
public final class PartnerQuestion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long partnerId;

  @Enumerated(EnumType.STRING)
  private QuestionTopic topic;

  private String text;

  @Enumerated(EnumType.STRING)
  private QuestionStatus status;

  private String askedBy;
  private Instant askedAt;
  private String answer;
  private String answeredBy;
  private Instant answeredAt;
  private Instant escalatedAt;
  private Long processInstanceKey;

  @Version private long version;

  protected PartnerQuestion() {}

  PartnerQuestion(long partnerId, QuestionTopic topic, String text, String askedBy, Instant at) {
    this.partnerId = partnerId;
    this.topic = topic;
    this.text = text;
    this.askedBy = askedBy;
    this.askedAt = at;
    this.status = QuestionStatus.OPEN;
  }

  /** @return false when it was answered before: the answer stays as first given */
  boolean answer(String answer, String by, Instant at) {
    if (status == QuestionStatus.ANSWERED) {
      return false;
    }
    this.answer = answer;
    this.answeredBy = by;
    this.answeredAt = at;
    this.status = QuestionStatus.ANSWERED;
    return true;
  }

  /** @return false when it was escalated or answered before */
  boolean escalate(Instant at) {
    if (status != QuestionStatus.OPEN) {
      return false;
    }
    this.status = QuestionStatus.ESCALATED;
    this.escalatedAt = at;
    return true;
  }

  void attach(long processInstanceKey) {
    if (this.processInstanceKey == null) {
      this.processInstanceKey = processInstanceKey;
    }
  }

  public Long getId() {
    return id;
  }

  public long getPartnerId() {
    return partnerId;
  }

  public QuestionTopic getTopic() {
    return topic;
  }

  public String getText() {
    return text;
  }

  public QuestionStatus getStatus() {
    return status;
  }

  public String getAskedBy() {
    return askedBy;
  }

  public Instant getAskedAt() {
    return askedAt;
  }

  public String getAnswer() {
    return answer;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }

  public Long getProcessInstanceKey() {
    return processInstanceKey;
  }
}

package org.partnerengine.questions;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A good answer, published by a manager for every partner: worded anew, without the asker's name. */
@Entity
@Table(name = "faq_entry")
public final class FaqEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private QuestionTopic topic;

  private String question;
  private String answer;
  private Long sourceQuestionId;
  private String publishedBy;
  private Instant publishedAt;

  protected FaqEntry() {}

  FaqEntry(QuestionTopic topic, String question, String answer, Long sourceQuestionId, String publishedBy, Instant at) {
    this.topic = topic;
    this.question = question;
    this.answer = answer;
    this.sourceQuestionId = sourceQuestionId;
    this.publishedBy = publishedBy;
    this.publishedAt = at;
  }

  public Long getId() {
    return id;
  }

  public QuestionTopic getTopic() {
    return topic;
  }

  public String getQuestion() {
    return question;
  }

  public String getAnswer() {
    return answer;
  }

  public Long getSourceQuestionId() {
    return sourceQuestionId;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }
}

package org.partnerengine.enablement;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** A partner's place on one course; complete once the training platform reports it done. */
@Entity
public final class Enrolment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long partnerId;
  private String courseId;
  private boolean required;
  private Instant enrolledAt;
  private Instant completedAt;

  @Version private long version;

  protected Enrolment() {}

  Enrolment(long partnerId, String courseId, boolean required, Instant at) {
    this.partnerId = partnerId;
    this.courseId = courseId;
    this.required = required;
    this.enrolledAt = at;
  }

  /**
   * Marks the course complete.
   *
   * @return false when it was complete already: the first completion stands
   */
  boolean complete(Instant at) {
    if (completedAt != null) {
      return false;
    }
    completedAt = at;
    return true;
  }

  public boolean isComplete() {
    return completedAt != null;
  }

  public Long getId() {
    return id;
  }

  public long getPartnerId() {
    return partnerId;
  }

  public String getCourseId() {
    return courseId;
  }

  public boolean isRequired() {
    return required;
  }

  public Instant getEnrolledAt() {
    return enrolledAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}

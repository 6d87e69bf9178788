package org.partnerengine.idempotency;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A request sent with an Idempotency-Key, and the answer it got once it was done. */
@Entity
public final class IdempotentRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String idempotencyKey;
  private String endpoint;
  private String requestHash;
  private Integer responseStatus;
  private String responseBody;
  private String responseLocation;
  private Instant createdAt;
  private Instant completedAt;

  protected IdempotentRequest() {}

  IdempotentRequest(String endpoint, String idempotencyKey, String requestHash, Instant at) {
    this.endpoint = endpoint;
    this.idempotencyKey = idempotencyKey;
    this.requestHash = requestHash;
    this.createdAt = at;
  }

  void answered(int status, String body, String location, Instant at) {
    responseStatus = status;
    responseBody = body;
    responseLocation = location;
    completedAt = at;
  }

  public Long getId() {
    return id;
  }

  public boolean isAnswered() {
    return completedAt != null;
  }

  public String getRequestHash() {
    return requestHash;
  }

  public Integer getResponseStatus() {
    return responseStatus;
  }

  public String getResponseBody() {
    return responseBody;
  }

  public String getResponseLocation() {
    return responseLocation;
  }
}

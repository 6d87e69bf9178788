package org.partnerengine.deployment;

import java.time.Instant;
import java.util.List;

/** A new version of a product process waiting for, or decided by, a second person. */
public record DeploymentRequest(
    long id,
    List<String> processIds,
    List<String> files,
    String requestedBy,
    Instant requestedAt,
    Status status,
    String decidedBy,
    Instant decidedAt,
    Long deploymentKey,
    String summary,
    String decisionReason,
    String refusal) {

  public enum Status { PENDING, APPROVED, REJECTED }
}

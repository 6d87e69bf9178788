package org.partnerengine.deployment;

/** A deployment request was approved (and its files deployed) or rejected, by whichever way it was decided. */
public record DeploymentRequestClosed(long requestId, DeploymentRequest.Status status) {}

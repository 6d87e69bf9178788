package org.partnerengine.deployment;

/** A deployment request was stored and waits for a second person (published inside its transaction). */
public record DeploymentRequested(long requestId) {}

package org.partnerengine.onboarding;

/** The template version of the agreement waiting for the partner's signature. */
public record AgreementVersion(String agreementVersion) {}

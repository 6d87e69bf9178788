package org.partnerengine.deployment;

/** One deployed version of a form, with its JSON schema. */
public record DeployedForm(long formKey, String formId, int version, String json) {}

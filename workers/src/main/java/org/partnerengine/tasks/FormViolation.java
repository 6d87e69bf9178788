package org.partnerengine.tasks;

/** A form field and what is wrong with the value given for it. */
public record FormViolation(String field, String message) {}

package org.partnerengine.tasks;

/**
 * What a task decides, when it decides somebody's request: the request (its kind and id) and who
 * asked for it. Four eyes: the requester may see the task but neither claim nor complete it.
 */
public record TaskSubject(String type, long id, String requestedBy) {}

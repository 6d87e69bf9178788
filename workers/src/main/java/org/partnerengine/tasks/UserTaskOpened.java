package org.partnerengine.tasks;

import java.util.Map;

/**
 * A user task's job reached the inbox: proof that its process instance runs. A feature whose
 * instance's first step is a user task binds its request to the instance on it.
 *
 * @param variables the instance variables the inbox fetched
 */
public record UserTaskOpened(String bpmnProcessId, long processInstanceKey, Map<String, Object> variables) {}

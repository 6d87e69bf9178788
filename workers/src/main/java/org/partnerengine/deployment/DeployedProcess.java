package org.partnerengine.deployment;

import java.util.Map;

/** One deployed version of a process, with its XML and the names of its elements. */
public record DeployedProcess(
    long processDefinitionKey,
    String bpmnProcessId,
    int version,
    String resourceName,
    String xml,
    Map<String, String> elementNames) {}

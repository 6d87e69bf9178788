package org.partnerengine.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.partnerengine.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Designers deploy BPMN, DMN and form files edited in Camunda Modeler. All files of one request
 * go in one deployment: the engine takes them all or none.
 */
@RestController
@RequestMapping("/api/deployments")
class DeploymentController {

  private static final Set<String> EXTENSIONS = Set.of(".bpmn", ".dmn", ".form");
  private static final int MAX_FILES = 20;

  private final Deployments deployments;
  private final TrustedProcesses trusted;
  private final DeploymentRequests requests;

  DeploymentController(Deployments deployments, TrustedProcesses trusted, DeploymentRequests requests) {
    this.deployments = deployments;
    this.trusted = trusted;
    this.requests = requests;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<?> deploy(MultipartHttpServletRequest request, Principal caller) {
    List<MultipartFile> files = request.getMultiFileMap().values().stream().flatMap(List::stream).toList();
    if (files.isEmpty()) {
      throw ProblemResponses.invalidField("files", "at least one .bpmn, .dmn or .form file is required");
    }
    if (files.size() > MAX_FILES) {
      throw ProblemResponses.invalidField("files", "at most " + MAX_FILES + " files per deployment");
    }
    List<DeploymentResource> resources = new ArrayList<>();
    for (MultipartFile file : files) {
      String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().strip();
      if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.length() > 200
          || EXTENSIONS.stream().noneMatch(name.toLowerCase()::endsWith)) {
        throw ProblemResponses.invalidField(file.getName(), "must be a .bpmn, .dmn or .form file: " + name);
      }
      if (file.isEmpty()) {
        throw ProblemResponses.invalidField(file.getName(), name + " is empty");
      }
      try {
        resources.add(new DeploymentResource(name, file.getBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    List<String> productProcesses =
        resources.stream().flatMap(r -> ProcessIds.of(r).stream()).filter(trusted::isBusinessProcess).distinct().toList();
    if (!productProcesses.isEmpty()) {
      // a new version of a product process takes every new instance: a second person approves it first
      DeploymentRequest pending = requests.request(resources, productProcesses, caller.getName());
      return ResponseEntity.accepted()
          .location(URI.create("/api/deployment-requests/" + pending.id()))
          .body(DeploymentRequestController.view(pending));
    }
    for (DeploymentResource resource : resources) {
      for (String called : ProcessIds.called(resource)) {
        if (called.startsWith("=") || trusted.isBusinessProcess(called)) {
          // a child of a trusted definition runs business jobs with whatever the sandbox passes it
          throw new NotASandboxProcess(
              resource.name() + " calls " + (called.startsWith("=") ? "a process chosen by an expression" : "the product's process " + called)
                  + "; a sandbox process calls only sandbox processes, named literally");
        }
      }
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(deployments.deploy(resources));
  }
}

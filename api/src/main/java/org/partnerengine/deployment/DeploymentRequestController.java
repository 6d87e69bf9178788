package org.partnerengine.deployment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.partnerengine.paging.PageView;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Four eyes on a new version of a product process: designers and managers see the waiting
 * requests; anyone of them but the requester approves (the app deploys and trusts it) or
 * rejects (nothing is deployed), here or in the request's "Approve deployment" task.
 */
@RestController
@RequestMapping("/api/deployment-requests")
class DeploymentRequestController {

  private final DeploymentRequests requests;

  DeploymentRequestController(DeploymentRequests requests) {
    this.requests = requests;
  }

  record DeploymentRequestView(
      long id,
      List<String> processIds,
      List<String> files,
      String requestedBy,
      Instant requestedAt,
      String status,
      String decidedBy,
      Instant decidedAt,
      String decisionReason,
      Long deploymentKey,
      String summary,
      String refusal) {}

  static DeploymentRequestView view(DeploymentRequest r) {
    return new DeploymentRequestView(
        r.id(), r.processIds(), r.files(), r.requestedBy(), r.requestedAt(), r.status().name(), r.decidedBy(), r.decidedAt(),
        r.decisionReason(), r.deploymentKey(), r.summary(), r.refusal());
  }

  @GetMapping
  PageView<DeploymentRequestView> list(
      @RequestParam(defaultValue = "0") @Min(0) @Max(PageView.MAX_PAGE) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size) {
    List<DeploymentRequestView> content = requests.list(page, size).stream().map(DeploymentRequestController::view).toList();
    return PageView.of(new PageImpl<>(content, PageRequest.of(page, size), requests.count()), v -> v);
  }

  @GetMapping("/{id}")
  DeploymentRequestView get(@PathVariable long id) {
    return view(requests.find(id));
  }

  @PostMapping("/{id}/approve")
  DeploymentResult approve(@PathVariable long id, Principal caller) {
    return requests.approve(id, caller.getName());
  }

  @PostMapping("/{id}/reject")
  DeploymentRequestView reject(@PathVariable long id, Principal caller) {
    return view(requests.reject(id, caller.getName()));
  }
}

package org.partnerengine.mdf;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.partnerengine.partner.PartnerNotFound;
import org.partnerengine.security.Caller;
import org.partnerengine.paging.PageView;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Market development fund requests and their claims; approvals run in the mdf-request process. */
@RestController
class MdfController {

  private final MdfRequests requests;
  private final MdfRequestRepository stored;

  MdfController(MdfRequests requests, MdfRequestRepository stored) {
    this.requests = requests;
    this.stored = stored;
  }

  @PostMapping("/api/partners/{partnerId}/mdf-requests")
  ResponseEntity<MdfReceipt> request(
      @PathVariable long partnerId, @Valid @RequestBody MdfRequestForm form, Authentication authentication) {
    requireAccess(partnerId, authentication);
    return ResponseEntity.accepted().body(requests.request(partnerId, form));
  }

  @GetMapping("/api/partners/{partnerId}/mdf-requests")
  List<MdfRequestView> list(
      @PathVariable long partnerId,
      @RequestParam(defaultValue = "0") @Min(0) @Max(PageView.MAX_PAGE) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
      Authentication authentication) {
    requireAccess(partnerId, authentication);
    return requests.list(partnerId, PageRequest.of(page, size)).stream().map(MdfRequestView::of).toList();
  }

  @PostMapping("/api/mdf-requests/{mdfRequestId}/claims")
  ResponseEntity<MdfClaimReceipt> claim(
      @PathVariable long mdfRequestId, @Valid @RequestBody MdfClaimSubmission claim, Authentication authentication) {
    if (!Caller.of(authentication).mayAccessPartner(stored.require(mdfRequestId).getPartnerId())) {
      throw new MdfRequestNotFound(mdfRequestId);
    }
    return ResponseEntity.accepted().body(requests.claim(mdfRequestId, claim));
  }

  /** A partner reaches its own requests only; any other partner's are not there for it. */
  private void requireAccess(long partnerId, Authentication authentication) {
    if (!Caller.of(authentication).mayAccessPartner(partnerId)) {
      throw new PartnerNotFound(partnerId);
    }
  }

  /** A claim racing the deadline's release (or a second claim): the request changed under it. */
  @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
  ProblemDetail changedConcurrently(ObjectOptimisticLockingFailureException ex) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The MDF request changed while the claim was stored; reload it and try again");
    problem.setTitle("Claim not accepted");
    return problem;
  }
}

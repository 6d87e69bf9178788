package org.partnerengine.campaign;

import org.partnerengine.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Campaign refusals as problem responses. */
@RestControllerAdvice
class CampaignProblems {

  /** Unknown, and (to a partner) not invited, read the same. */
  @ExceptionHandler(CampaignNotFound.class)
  ProblemDetail notFound(CampaignNotFound ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    problem.setTitle("Campaign not found");
    return problem;
  }

  @ExceptionHandler(ParticipationNotOpen.class)
  ProblemDetail notOpen(ParticipationNotOpen ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    problem.setTitle("Campaign part not open for this");
    return problem;
  }

  @ExceptionHandler(InvalidCampaign.class)
  ProblemDetail invalid(InvalidCampaign ex) {
    return ProblemResponses.invalidField(ex.field(), ex.reason()).getBody();
  }
}

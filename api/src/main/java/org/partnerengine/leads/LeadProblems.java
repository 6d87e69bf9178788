package org.partnerengine.leads;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The lead refusals as problem responses: one status and title each. */
@RestControllerAdvice
class LeadProblems {

  @ExceptionHandler(LeadNotFound.class)
  ProblemDetail notFound(LeadNotFound ex) {
    return problem(HttpStatus.NOT_FOUND, "Lead not found", ex);
  }

  @ExceptionHandler(OfferNotOpen.class)
  ProblemDetail notOpen(OfferNotOpen ex) {
    return problem(HttpStatus.CONFLICT, "Offer not open", ex);
  }

  @ExceptionHandler(LeadNotOpen.class)
  ProblemDetail leadNotOpen(LeadNotOpen ex) {
    return problem(HttpStatus.CONFLICT, "Lead not open", ex);
  }

  /** 400 naming the field, like any other bad input. */
  @ExceptionHandler(InvalidCompetitors.class)
  org.springframework.web.ErrorResponseException invalidCompetitors(InvalidCompetitors ex) {
    return org.partnerengine.web.ProblemResponses.invalidField("partnerIds", ex.getMessage());
  }

  private static ProblemDetail problem(HttpStatus status, String title, RuntimeException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
    problem.setTitle(title);
    return problem;
  }
}

package org.partnerengine.prediction;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Prediction refusals as problem responses. */
@RestControllerAdvice
class PredictionProblems {

  @ExceptionHandler(NoChurnModelInUse.class)
  ProblemDetail noModel(NoChurnModelInUse ex) {
    return problem(HttpStatus.CONFLICT, "No churn model in use", ex);
  }

  @ExceptionHandler(PartnerNotScored.class)
  ProblemDetail notScored(PartnerNotScored ex) {
    return problem(HttpStatus.CONFLICT, "Partner not scored", ex);
  }

  @ExceptionHandler(ChurnModelNotFound.class)
  ProblemDetail notFound(ChurnModelNotFound ex) {
    return problem(HttpStatus.NOT_FOUND, "Churn model not found", ex);
  }

  private static ProblemDetail problem(HttpStatus status, String title, RuntimeException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
    problem.setTitle(title);
    return problem;
  }
}

package org.partnerengine.region;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The region refusals as problem responses. */
@RestControllerAdvice
class RegionProblems {

  @ExceptionHandler(RegionNotFound.class)
  ProblemDetail notFound(RegionNotFound ex) {
    return problem(HttpStatus.NOT_FOUND, "Region not found", ex);
  }

  @ExceptionHandler(RegionConflict.class)
  ProblemDetail conflict(RegionConflict ex) {
    return problem(HttpStatus.CONFLICT, "Region conflict", ex);
  }

  private static ProblemDetail problem(HttpStatus status, String title, RuntimeException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
    problem.setTitle(title);
    return problem;
  }
}

package org.partnerengine.territory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The territory refusals as problem responses: one status and title each. */
@RestControllerAdvice
class TerritoryProblems {

  @ExceptionHandler(TerritoryNotFound.class)
  ProblemDetail notFound(TerritoryNotFound ex) {
    return problem(HttpStatus.NOT_FOUND, "Territory not found", ex);
  }

  @ExceptionHandler(TerritoryNameTaken.class)
  ProblemDetail nameTaken(TerritoryNameTaken ex) {
    return problem(HttpStatus.CONFLICT, "Territory name taken", ex);
  }

  @ExceptionHandler(TerritoryInUse.class)
  ProblemDetail inUse(TerritoryInUse ex) {
    return problem(HttpStatus.CONFLICT, "Territory covered by partners", ex);
  }

  private static ProblemDetail problem(HttpStatus status, String title, RuntimeException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
    problem.setTitle(title);
    return problem;
  }
}

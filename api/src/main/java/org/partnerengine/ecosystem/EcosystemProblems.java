package org.partnerengine.ecosystem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Account-mapping refusals as problem responses. */
@RestControllerAdvice
class EcosystemProblems {

  /** 400 with the first unreadable entries, so a partner can fix its export. */
  @ExceptionHandler(InvalidAccounts.class)
  ProblemDetail invalidAccounts(InvalidAccounts ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
    problem.setTitle("Account list refused");
    problem.setProperty("refused", ex.refused());
    return problem;
  }

  /** Unknown and another partner's play read the same. */
  @ExceptionHandler(PlayNotFound.class)
  ProblemDetail playNotFound(PlayNotFound ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    problem.setTitle("Play not found");
    return problem;
  }

  @ExceptionHandler(PlayNotOpen.class)
  ProblemDetail playNotOpen(PlayNotOpen ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    problem.setTitle("Play not open");
    return problem;
  }
}

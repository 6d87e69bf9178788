package org.partnerengine.cosell;

import org.partnerengine.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Co-selling refusals as problem responses. */
@RestControllerAdvice
class CoSellProblems {

  @ExceptionHandler(CoSellRequestNotFound.class)
  ProblemDetail requestNotFound(CoSellRequestNotFound ex) {
    return problem(HttpStatus.NOT_FOUND, "Co-sell request not found", ex);
  }

  @ExceptionHandler(SplitNotFound.class)
  ProblemDetail splitNotFound(SplitNotFound ex) {
    return problem(HttpStatus.NOT_FOUND, "Revenue split not found", ex);
  }

  @ExceptionHandler(CoSellRequestOpen.class)
  ProblemDetail requestOpen(CoSellRequestOpen ex) {
    return problem(HttpStatus.CONFLICT, "Co-sell request open", ex);
  }

  @ExceptionHandler(SplitUnderDecision.class)
  ProblemDetail underDecision(SplitUnderDecision ex) {
    return problem(HttpStatus.CONFLICT, "Revenue split under decision", ex);
  }

  @ExceptionHandler(SplitNotOpen.class)
  ProblemDetail notOpen(SplitNotOpen ex) {
    return problem(HttpStatus.CONFLICT, "Revenue split not open for this", ex);
  }

  @ExceptionHandler(InvalidSplit.class)
  ProblemDetail invalidSplit(InvalidSplit ex) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid revenue split", ex);
  }

  @ExceptionHandler(InvalidCoSellRequest.class)
  ProblemDetail invalidRequest(InvalidCoSellRequest ex) {
    return ProblemResponses.invalidField(ex.field(), ex.reason()).getBody();
  }

  private static ProblemDetail problem(HttpStatus status, String title, RuntimeException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
    problem.setTitle(title);
    return problem;
  }
}

package org.partnerengine.cosell;

import java.util.Map;
import org.partnerengine.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Co-selling refusals as problem responses: the exception's message is the detail. */
@RestControllerAdvice
class CoSellProblems {

  private record Refusal(HttpStatus status, String title) {}

  private static final Map<Class<? extends RuntimeException>, Refusal> REFUSALS = Map.of(
      CoSellRequestNotFound.class, new Refusal(HttpStatus.NOT_FOUND, "Co-sell request not found"),
      SplitNotFound.class, new Refusal(HttpStatus.NOT_FOUND, "Revenue split not found"),
      CoSellRequestOpen.class, new Refusal(HttpStatus.CONFLICT, "Co-sell request open"),
      SplitUnderDecision.class, new Refusal(HttpStatus.CONFLICT, "Revenue split under decision"),
      SplitNotOpen.class, new Refusal(HttpStatus.CONFLICT, "Revenue split not open for this"),
      InvalidSplit.class, new Refusal(HttpStatus.BAD_REQUEST, "Invalid revenue split"));

  @ExceptionHandler({
    CoSellRequestNotFound.class, SplitNotFound.class, CoSellRequestOpen.class, SplitUnderDecision.class, SplitNotOpen.class, InvalidSplit.class
  })
  ProblemDetail refused(RuntimeException ex) {
    Refusal refusal = REFUSALS.get(ex.getClass());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(refusal.status(), ex.getMessage());
    problem.setTitle(refusal.title());
    return problem;
  }

  @ExceptionHandler(InvalidCoSellRequest.class)
  ProblemDetail invalidRequest(InvalidCoSellRequest ex) {
    return ProblemResponses.invalidField(ex.field(), ex.reason()).getBody();
  }
}

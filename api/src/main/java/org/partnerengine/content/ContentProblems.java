package org.partnerengine.content;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The library's refusals, each with one status and title. */
@RestControllerAdvice(assignableTypes = {ContentController.class, PartnerContentController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContentProblems {

  @ExceptionHandler(ContentNotFound.class)
  ProblemDetail notFound(ContentNotFound ex) {
    return problem(HttpStatus.NOT_FOUND, "Content not found", ex.getMessage());
  }

  @ExceptionHandler(ContentNotReady.class)
  ProblemDetail notReady(ContentNotReady ex) {
    return problem(HttpStatus.CONFLICT, "Not possible in the version's status", ex.getMessage());
  }

  @ExceptionHandler(ContentRejected.class)
  ProblemDetail rejected(ContentRejected ex) {
    return switch (ex.reason()) {
      case TOO_LARGE -> problem(HttpStatus.PAYLOAD_TOO_LARGE, "File too large", ex.getMessage());
      case UNSUPPORTED_TYPE -> problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "File type not accepted", ex.getMessage());
    };
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}

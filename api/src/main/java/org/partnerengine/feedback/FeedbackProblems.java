package org.partnerengine.feedback;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A survey link that cannot be answered, as problem responses. */
@RestControllerAdvice
class FeedbackProblems {

  @ExceptionHandler(SurveyNotFound.class)
  ProblemDetail notFound(SurveyNotFound ex) {
    return problem(HttpStatus.NOT_FOUND, "Survey not found", ex);
  }

  @ExceptionHandler(SurveyExpired.class)
  ProblemDetail expired(SurveyExpired ex) {
    return problem(HttpStatus.GONE, "Survey expired", ex);
  }

  @ExceptionHandler(SurveyAnswered.class)
  ProblemDetail answered(SurveyAnswered ex) {
    return problem(HttpStatus.CONFLICT, "Survey answered", ex);
  }

  private static ProblemDetail problem(HttpStatus status, String title, RuntimeException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
    problem.setTitle(title);
    return problem;
  }
}

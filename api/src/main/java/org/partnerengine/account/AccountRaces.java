package org.partnerengine.account;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Two requests on one account at once (the same invitation accepted twice in parallel, two new
 * invitations or resets asked for together): the account's version lets one through and the other
 * is told to look again, so a token is still spent once.
 */
@RestControllerAdvice(assignableTypes = {InvitationController.class, PasswordController.class})
class AccountRaces {

  @ExceptionHandler({ObjectOptimisticLockingFailureException.class, DataIntegrityViolationException.class})
  ProblemDetail changedConcurrently(RuntimeException ex) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The account changed while this request was handled; look again and retry");
    problem.setTitle("Account changed concurrently");
    return problem;
  }
}

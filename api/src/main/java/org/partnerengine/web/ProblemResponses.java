package org.partnerengine.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnerengine.account.AccountConflict;
import org.partnerengine.banking.BankingDetailsLocked;
import org.partnerengine.banking.InvalidBankingDetails;
import org.partnerengine.account.CurrentPasswordWrong;
import org.partnerengine.account.InvitationNotFound;
import org.partnerengine.account.InvitationNotValid;
import org.partnerengine.account.PasswordRejected;
import org.partnerengine.account.PasswordResetNotValid;
import org.partnerengine.catalogue.CatalogueEntryExists;
import org.partnerengine.catalogue.CatalogueEntryNotFound;
import org.partnerengine.catalogue.InvalidCatalogueEntry;
import org.partnerengine.deployment.DeploymentRequestDecided;
import org.partnerengine.deployment.DeploymentRequestNotFound;
import org.partnerengine.deployment.InvalidDeployment;
import org.partnerengine.deployment.NotASandboxProcess;
import org.partnerengine.deployment.OwnDeploymentRequest;
import org.partnerengine.idempotency.IdempotencyConflict;
import org.partnerengine.deals.DealNotFound;
import org.partnerengine.deals.DealNotOpen;
import org.partnerengine.deals.TooManyOpenDeals;
import org.partnerengine.mdf.MdfClaimRefused;
import org.partnerengine.mdf.MdfRequestNotFound;
import org.partnerengine.money.FxRateMissing;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.tasks.FormUnknown;
import org.partnerengine.tasks.InvalidTaskInput;
import org.partnerengine.tasks.TaskConflict;
import org.partnerengine.tasks.TaskNotFound;
import org.partnerengine.tasks.OwnRequestTask;
import org.partnerengine.tasks.TaskNotOffered;
import org.partnerengine.partner.IllegalStageTransition;
import org.partnerengine.partner.PartnerNotActive;
import org.partnerengine.partner.PartnerNotFound;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error the API answers is an RFC 9457 problem: bad input names the field and says what is
 * wrong with it, unknown ids are 404, and an engine that cannot take work is 503 with Retry-After.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

  /** A field and what is wrong with it, as listed in a problem's {@code errors}. */
  record FieldProblem(String field, String message) {}

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldProblem> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(e -> new FieldProblem(e.getField(), e.getDefaultMessage()))
            .sorted((a, b) -> a.field().compareTo(b.field()))
            .toList();
    ProblemDetail problem = invalid(errors);
    return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    for (Throwable c = ex.getCause(); c != null; c = c.getCause()) {
      if (c instanceof BodyTooLarge tooLarge) {
        return handleExceptionInternal(ex, RequestSizeLimit.tooLarge(tooLarge.limitBytes()), headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
      }
    }
    ProblemDetail problem;
    Throwable cause = ex.getMostSpecificCause();
    if (cause instanceof UnrecognizedPropertyException unknown) {
      problem = invalid(List.of(new FieldProblem(path(unknown), "is not a known field")));
    } else if (cause instanceof InvalidFormatException format) {
      problem = invalid(List.of(new FieldProblem(path(format), "must be " + expected(format.getTargetType()))));
    } else if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      problem = invalid(List.of(new FieldProblem(path(mismatch), "must be " + expected(mismatch.getTargetType()))));
    } else if (cause instanceof JsonProcessingException json) {
      problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The body is not valid JSON: " + json.getOriginalMessage());
      problem.setTitle("Malformed request body");
    } else {
      problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is missing or unreadable");
      problem.setTitle("Malformed request body");
    }
    return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
    ProblemDetail problem = invalid(List.of(new FieldProblem(name, "must be " + expected(ex.getRequiredType()))));
    return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldProblem> errors =
        ex.getParameterValidationResults().stream()
            .flatMap(
                result ->
                    result.getResolvableErrors().stream()
                        .map(
                            error ->
                                new FieldProblem(
                                    error instanceof FieldError field
                                        ? field.getField()
                                        : parameterName(result.getMethodParameter()),
                                    message(error))))
            .toList();
    return handleExceptionInternal(ex, invalid(errors), headers, HttpStatus.BAD_REQUEST, request);
  }

  /** The name the client used: a header's or request parameter's name, else the Java name. */
  private static String parameterName(MethodParameter parameter) {
    RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
    if (header != null && !header.name().isEmpty()) {
      return header.name();
    }
    RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
    if (param != null && !param.name().isEmpty()) {
      return param.name();
    }
    return parameter.getParameterName();
  }

  private static String message(MessageSourceResolvable error) {
    return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
  }

  /** A body without Content-Length that grew past the limit while read (see {@link RequestSizeLimit}). */
  @ExceptionHandler(BodyTooLarge.class)
  ProblemDetail bodyTooLarge(BodyTooLarge ex) {
    return RequestSizeLimit.tooLarge(ex.limitBytes());
  }

  @ExceptionHandler(NotFound.class)
  ProblemDetail notFound(NotFound ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    problem.setTitle(ex.title());
    return problem;
  }

  /** A business refusal: answered with its status and title, the exception's message as detail. */
  private record Refusal(HttpStatus status, String title) {}

  private static final Map<Class<? extends RuntimeException>, Refusal> REFUSALS =
      Map.ofEntries(
          Map.entry(TaskNotFound.class, new Refusal(HttpStatus.NOT_FOUND, "Task not found")),
          Map.entry(TaskNotOffered.class, new Refusal(HttpStatus.FORBIDDEN, "Not your task")),
          Map.entry(OwnRequestTask.class, new Refusal(HttpStatus.FORBIDDEN, "Not your own request")),
          Map.entry(TaskConflict.class, new Refusal(HttpStatus.CONFLICT, "Task not open for you")),
          Map.entry(FormUnknown.class, new Refusal(HttpStatus.CONFLICT, "Form unknown")),
          Map.entry(InvalidDeployment.class, new Refusal(HttpStatus.BAD_REQUEST, "Deployment rejected")),
          Map.entry(NotASandboxProcess.class, new Refusal(HttpStatus.CONFLICT, "Not a sandbox process")),
          Map.entry(DeploymentRequestNotFound.class, new Refusal(HttpStatus.NOT_FOUND, "Deployment request not found")),
          Map.entry(DeploymentRequestDecided.class, new Refusal(HttpStatus.CONFLICT, "Deployment request already decided")),
          Map.entry(OwnDeploymentRequest.class, new Refusal(HttpStatus.FORBIDDEN, "Not your own deployment request")),
          Map.entry(InvitationNotValid.class, new Refusal(HttpStatus.BAD_REQUEST, "Invitation not valid")),
          Map.entry(InvitationNotFound.class, new Refusal(HttpStatus.NOT_FOUND, "Invitation not found")),
          Map.entry(PasswordResetNotValid.class, new Refusal(HttpStatus.BAD_REQUEST, "Password reset not valid")),
          Map.entry(AccountConflict.class, new Refusal(HttpStatus.CONFLICT, "Not possible for this account")),
          Map.entry(PartnerNotFound.class, new Refusal(HttpStatus.NOT_FOUND, "Partner not found")),
          Map.entry(PartnerNotActive.class, new Refusal(HttpStatus.CONFLICT, "Partner not active")),
          Map.entry(IllegalStageTransition.class, new Refusal(HttpStatus.CONFLICT, "Not allowed in the partner's stage")),
          Map.entry(DealNotFound.class, new Refusal(HttpStatus.NOT_FOUND, "Deal not found")),
          Map.entry(DealNotOpen.class, new Refusal(HttpStatus.CONFLICT, "Deal not open")),
          Map.entry(TooManyOpenDeals.class, new Refusal(HttpStatus.CONFLICT, "Too many open deal registrations")),
          Map.entry(MdfRequestNotFound.class, new Refusal(HttpStatus.NOT_FOUND, "MDF request not found")),
          Map.entry(MdfClaimRefused.class, new Refusal(HttpStatus.CONFLICT, "Claim not accepted")),
          Map.entry(CatalogueEntryNotFound.class, new Refusal(HttpStatus.NOT_FOUND, "Course or exam not found")),
          Map.entry(CatalogueEntryExists.class, new Refusal(HttpStatus.CONFLICT, "Course or exam id taken")));

  @ExceptionHandler({
    TaskNotFound.class,
    TaskNotOffered.class,
    OwnRequestTask.class,
    TaskConflict.class,
    FormUnknown.class,
    InvalidDeployment.class,
    NotASandboxProcess.class,
    DeploymentRequestNotFound.class,
    DeploymentRequestDecided.class,
    OwnDeploymentRequest.class,
    InvitationNotValid.class,
    InvitationNotFound.class,
    PasswordResetNotValid.class,
    AccountConflict.class,
    PartnerNotFound.class,
    PartnerNotActive.class,
    IllegalStageTransition.class,
    DealNotFound.class,
    DealNotOpen.class,
    TooManyOpenDeals.class,
    MdfRequestNotFound.class,
    MdfClaimRefused.class,
    CatalogueEntryNotFound.class,
    CatalogueEntryExists.class
  })
  ProblemDetail refused(RuntimeException ex) {
    Refusal refusal = REFUSALS.get(ex.getClass());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(refusal.status(), ex.getMessage());
    problem.setTitle(refusal.title());
    return problem;
  }

  /** A new password the account service refused (the request's rules passed, a policy did not). */
  @ExceptionHandler(PasswordRejected.class)
  ProblemDetail passwordRejected(PasswordRejected ex) {
    return invalid(List.of(new FieldProblem("password", ex.getMessage())));
  }

  @ExceptionHandler(CurrentPasswordWrong.class)
  ProblemDetail currentPasswordWrong(CurrentPasswordWrong ex) {
    return invalid(List.of(new FieldProblem("currentPassword", ex.getMessage())));
  }

  @ExceptionHandler(InvalidBankingDetails.class)
  ProblemDetail invalidBankingDetails(InvalidBankingDetails ex) {
    return invalid(List.of(new FieldProblem(ex.field(), ex.getMessage().substring(ex.field().length() + 1))));
  }

  @ExceptionHandler(BankingDetailsLocked.class)
  ProblemDetail bankingDetailsLocked(BankingDetailsLocked ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    problem.setTitle("Banking details locked");
    return problem;
  }

  @ExceptionHandler(InvalidCatalogueEntry.class)
  ProblemDetail invalidCatalogueEntry(InvalidCatalogueEntry ex) {
    return invalid(List.of(new FieldProblem(ex.field(), ex.getMessage())));
  }

  @ExceptionHandler(InvalidTaskInput.class)
  ProblemDetail invalidTaskInput(InvalidTaskInput ex) {
    return invalid(ex.violations().stream().map(v -> new FieldProblem(v.field(), v.message())).toList());
  }

  /**
   * An amount no reference rate converts yet: reference data is missing, not the caller's input, and
   * importing the rates mends it.
   */
  @ExceptionHandler(FxRateMissing.class)
  ProblemDetail fxRateMissing(FxRateMissing ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
    problem.setTitle("Exchange rate missing");
    return problem;
  }

  @ExceptionHandler(IdempotencyConflict.class)
  ProblemDetail idempotencyConflict(IdempotencyConflict ex) {
    HttpStatus status = ex.inProgress() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
    problem.setTitle("Idempotency-Key reused");
    return problem;
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail constraintViolation(ConstraintViolationException ex) {
    return invalid(
        ex.getConstraintViolations().stream()
            .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
            .toList());
  }

  @ExceptionHandler(EngineUnavailable.class)
  ResponseEntity<ProblemDetail> engineUnavailable(EngineUnavailable ex) {
    return unavailable(
        "Engine unavailable", "The process engine cannot take work right now; nothing was stored. Try again shortly.", 5);
  }

  /**
   * The database gave up this request's write for another that held the same rows (a deadlock, or
   * a lock wait that ran out, on MySQL): the losing write was rolled back, and the same request
   * again goes through.
   */
  @ExceptionHandler(PessimisticLockingFailureException.class)
  ResponseEntity<ProblemDetail> lockConflict(PessimisticLockingFailureException ex) {
    return unavailable("Busy", "Another change to the same records was under way; this one was not stored. Try again.", 1);
  }

  private static ResponseEntity<ProblemDetail> unavailable(String title, String detail, int retryAfterSeconds) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
    problem.setTitle(title);
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds))
        .body(problem);
  }

  /** A client error that escaped its caller's mapping is still the engine not answering: 503, not 500. */
  @ExceptionHandler(io.camunda.client.api.command.ClientException.class)
  ResponseEntity<ProblemDetail> engineDidNotAnswer(io.camunda.client.api.command.ClientException ex) {
    return engineUnavailable(new EngineUnavailable(ex.getMessage(), ex));
  }

  /** A 400 naming one field, for checks a controller makes itself. */
  public static ErrorResponseException invalidField(String field, String message) {
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, invalid(List.of(new FieldProblem(field, message))), null);
  }

  static ProblemDetail invalid(List<FieldProblem> errors) {
    String detail =
        errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle("Invalid request");
    problem.setType(URI.create("urn:partner-engine:problem:invalid-request"));
    problem.setProperty("errors", errors);
    return problem;
  }

  private static String path(JsonMappingException ex) {
    return ex.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "a value of another type";
    }
    if (type.isEnum()) {
      return "one of " + List.of(type.getEnumConstants());
    }
    return switch (type.getSimpleName()) {
      case "Integer", "int", "Long", "long" -> "a whole number";
      case "BigDecimal", "Double", "double" -> "a number";
      case "Boolean", "boolean" -> "true or false";
      case "String" -> "a string";
      case "LocalDate" -> "a date such as 2026-12-31";
      case "Instant", "OffsetDateTime" -> "a timestamp such as 2026-12-31T12:00:00Z";
      default -> Map.class.isAssignableFrom(type) ? "an object" : "a " + type.getSimpleName();
    };
  }

  private static String lastNode(String propertyPath) {
    int dot = propertyPath.lastIndexOf('.');
    return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
  }
}

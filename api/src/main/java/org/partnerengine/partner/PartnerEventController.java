package org.partnerengine.partner;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.partnerengine.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Events from the partner's world, delivered to the partner's processes as messages named in
 * docs/processes.md, keyed by the partner id. Each answers 202: the process takes the event when
 * it reaches the step that waits for it. The partner itself or a manager reports its tax form
 * and offboarding (the agreement is signed as a document, see {@code AgreementController}); course completions and exam results earn certificates, so only the
 * training platform or a manager reports them (any partner's, see
 * {@link Caller#mayReportTrainingFacts()}). A repeated request (same Idempotency-Key, or without
 * one the same content) is accepted and changes nothing.
 */
@RestController
@RequestMapping("/api/partners/{id}")
class PartnerEventController {

  private static final String ID_TEXT = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}";
  private static final String KEY_TEXT = "[\\x21-\\x7E]{1,100}";

  private final PartnerSignals signals;

  PartnerEventController(PartnerSignals signals) {
    this.signals = signals;
  }

  record TrainingCompletion(@NotBlank @Pattern(regexp = ID_TEXT) String courseId) {}

  /** One sitting of an exam; {@code attempt} tells two sittings with the same score apart. */
  record ExamResult(
      @NotBlank @Pattern(regexp = ID_TEXT) String examId,
      @NotNull @Min(0) @Max(100) Integer score,
      @Min(1) @Max(1000) Integer attempt) {}

  record OffboardingRequest(@NotBlank @Size(max = 500) String reason) {}

  /** What was done with the event: {@code duplicate} when it had been taken before. */
  record Accepted(String message, String messageId, boolean duplicate) {}

  @PostMapping("/training-completions")
  ResponseEntity<Accepted> trainingCompleted(
      @PathVariable long id,
      @RequestHeader(name = "Idempotency-Key", required = false) @Pattern(regexp = KEY_TEXT) String key,
      @Valid @RequestBody TrainingCompletion body,
      Authentication authentication) {
    requireTrainingReporter(authentication);
    return publish(id, "training-completed", key, body.courseId(), Map.of("courseId", body.courseId()),
        "TRAINING_COMPLETED", "Course " + body.courseId(), Caller.of(authentication));
  }

  @PostMapping("/exam-results")
  ResponseEntity<Accepted> examResult(
      @PathVariable long id,
      @RequestHeader(name = "Idempotency-Key", required = false) @Pattern(regexp = KEY_TEXT) String key,
      @Valid @RequestBody ExamResult body,
      Authentication authentication) {
    requireTrainingReporter(authentication);
    String sitting = body.attempt() == null ? "" : ":attempt-" + body.attempt();
    return publish(id, "exam-result", key, body.examId() + sitting + ":" + body.score(),
        Map.of("examId", body.examId(), "score", body.score()), "EXAM_RESULT_RECEIVED",
        "Exam " + body.examId() + ": " + body.score(), Caller.of(authentication));
  }

  /** The onboarding checklist's tax form arrived (sent by the partner or recorded by a manager). */
  @PostMapping("/tax-form")
  ResponseEntity<Accepted> taxFormReceived(
      @PathVariable long id,
      @RequestHeader(name = "Idempotency-Key", required = false) @Pattern(regexp = KEY_TEXT) String key,
      Authentication authentication) {
    return send(id, "tax-form-received", key, "", Map.of(), "TAX_FORM_RECEIVED", "Tax form received", authentication);
  }

  @PostMapping("/offboarding")
  ResponseEntity<Accepted> offboarding(
      @PathVariable long id,
      @RequestHeader(name = "Idempotency-Key", required = false) @Pattern(regexp = KEY_TEXT) String key,
      @Valid @RequestBody OffboardingRequest body,
      Authentication authentication) {
    return send(id, "offboarding-requested", key, "", Map.of("reason", body.reason().strip()),
        "OFFBOARDING_REQUESTED", body.reason().strip(), authentication);
  }

  /** Refused before anything is looked up, published or recorded. */
  private static void requireTrainingReporter(Authentication authentication) {
    if (!Caller.of(authentication).mayReportTrainingFacts()) {
      throw new AccessDeniedException("Course completions and exam results come from the training platform or a manager");
    }
  }

  private ResponseEntity<Accepted> send(
      long partnerId,
      String message,
      String idempotencyKey,
      String content,
      Map<String, Object> variables,
      String historyType,
      String detail,
      Authentication authentication) {
    Caller caller = Caller.of(authentication);
    if (!caller.mayAccessPartner(partnerId)) {
      throw new PartnerNotFound(partnerId);
    }
    return publish(partnerId, message, idempotencyKey, content, variables, historyType, detail, caller);
  }

  private ResponseEntity<Accepted> publish(
      long partnerId,
      String message,
      String idempotencyKey,
      String content,
      Map<String, Object> variables,
      String historyType,
      String detail,
      Caller caller) {
    String messageId =
        idempotencyKey != null
            ? message + ":" + partnerId + ":key:" + idempotencyKey
            : message + ":" + partnerId + (content.isEmpty() ? "" : ":" + content);
    boolean fresh = signals.signal(partnerId, message, messageId, variables, historyType, caller.username(), detail);
    return ResponseEntity.accepted().body(new Accepted(message, messageId, !fresh));
  }
}

package org.partnerengine.questions;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import org.partnerengine.paging.PageView;
import org.partnerengine.security.Caller;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partners ask from the portal; the group that answers works the task in its inbox; managers
 * publish good answers for every partner. A partner sees its own questions only (404 otherwise).
 */
@RestController
@Validated
class QuestionController {

  private final Questions questions;
  private final Faq faq;
  private final Validator validator;

  QuestionController(Questions questions, Faq faq, Validator validator) {
    this.questions = questions;
    this.faq = faq;
    this.validator = validator;
  }

  record Asking(@NotNull QuestionTopic topic, @NotBlank @Size(max = 4000) String text) {}

  record QuestionView(
      long id,
      long partnerId,
      QuestionTopic topic,
      String text,
      QuestionStatus status,
      Instant askedAt,
      String answer,
      String answeredBy,
      Instant answeredAt,
      Instant escalatedAt) {

    static QuestionView of(PartnerQuestion q) {
      return new QuestionView(
          q.getId(), q.getPartnerId(), q.getTopic(), q.getText(), q.getStatus(), q.getAskedAt(), q.getAnswer(), q.getAnsweredBy(),
          q.getAnsweredAt(), q.getEscalatedAt());
    }
  }

  record Publishing(@NotBlank @Size(max = 4000) String question, @NotBlank @Size(max = 4000) String answer) {}

  record FaqView(long id, QuestionTopic topic, String question, String answer, Instant publishedAt) {

    static FaqView of(FaqEntry e) {
      return new FaqView(e.getId(), e.getTopic(), e.getQuestion(), e.getAnswer(), e.getPublishedAt());
    }
  }

  @PostMapping("/api/partners/{id}/questions")
  @ResponseStatus(HttpStatus.CREATED)
  QuestionView ask(@PathVariable long id, @RequestBody Asking body, Authentication authentication) {
    // Whose partner first, then the body: another partner's id answers 404 whatever the body holds.
    Caller caller = Caller.forPartner(id, authentication);
    Set<ConstraintViolation<Asking>> violations = validator.validate(body);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return QuestionView.of(questions.ask(id, body.topic(), body.text(), caller.username()));
  }

  @GetMapping("/api/partners/{id}/questions")
  PageView<QuestionView> list(
      @PathVariable long id,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
      Authentication authentication) {
    Caller.forPartner(id, authentication);
    return PageView.of(questions.of(id, PageRequest.of(page, size)), QuestionView::of);
  }

  @GetMapping("/api/partners/{id}/questions/{questionId}")
  QuestionView one(@PathVariable long id, @PathVariable long questionId, Authentication authentication) {
    Caller.forPartner(id, authentication);
    return QuestionView.of(questions.of(id, questionId));
  }

  /** A question as staff see it with its answer task (managers and approvers). */
  @GetMapping("/api/questions/{questionId}")
  QuestionView forStaff(@PathVariable long questionId) {
    return QuestionView.of(questions.require(questionId));
  }

  @PostMapping("/api/questions/{questionId}/faq")
  @ResponseStatus(HttpStatus.CREATED)
  FaqView publish(@PathVariable long questionId, @Valid @RequestBody Publishing body, Authentication authentication) {
    return FaqView.of(faq.publish(questionId, body.question(), body.answer(), Caller.of(authentication).username()));
  }

  @GetMapping("/api/faq")
  PageView<FaqView> faq(
      @RequestParam(required = false) QuestionTopic topic,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return PageView.of(faq.list(topic, PageRequest.of(page, size)), FaqView::of);
  }

  @DeleteMapping("/api/faq/{entryId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void unpublish(@PathVariable long entryId) {
    faq.unpublish(entryId);
  }

  @ExceptionHandler(QuestionNotFound.class)
  ProblemDetail notFound(QuestionNotFound e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle("Not found");
    return problem;
  }

  @ExceptionHandler(FaqRefused.class)
  ProblemDetail refused(FaqRefused e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("Not published");
    return problem;
  }

}

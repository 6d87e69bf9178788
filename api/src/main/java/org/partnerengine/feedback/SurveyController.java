package org.partnerengine.feedback;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The survey a partner's contact answers from the link in its mail: no login, the link's token is
 * the proof. Unknown link 404, expired 410, answered already 409.
 */
@RestController
class SurveyController {

  private final Surveys surveys;

  SurveyController(Surveys surveys) {
    this.surveys = surveys;
  }

  record SurveyAnswer(@NotNull @Min(0) @Max(10) Integer score, @Size(max = 2000) String comment) {}

  @GetMapping("/api/surveys/{token}")
  Surveys.SurveyQuestion question(@PathVariable String token) {
    return surveys.question(token);
  }

  @PostMapping("/api/surveys/{token}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void answer(@PathVariable String token, @Valid @RequestBody SurveyAnswer answer) {
    String comment = answer.comment() == null || answer.comment().isBlank() ? null : answer.comment().strip();
    surveys.answer(token, answer.score(), comment);
  }
}

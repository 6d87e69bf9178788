package org.partnerengine.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskFormTest {

  private static final TaskForm FORM =
      TaskForm.parse(
          """
          {"components": [
            {"type": "radio", "key": "decision", "validate": {"required": true},
             "values": [{"value": "approve"}, {"value": "reject"}]},
            {"type": "number", "key": "score", "validate": {"min": 0, "max": 10}},
            {"type": "checkbox", "key": "sanctionsChecked"},
            {"type": "group", "components": [
              {"type": "textfield", "key": "reason", "validate": {"maxLength": 5}}]},
            {"type": "text", "text": "Read the application first"}
          ]}
          """);

  @Test
  void acceptsValuesThatFillTheForm() {
    assertThat(FORM.validate(Map.of("decision", "approve", "score", 7, "sanctionsChecked", true, "reason", "fit")))
        .isEmpty();
  }

  @Test
  void namesEveryFieldThatIsMissingOrOfTheWrongKind() {
    List<FormViolation> violations =
        FORM.validate(Map.of("score", "high", "sanctionsChecked", "yes", "reason", "far too long", "extra", 1));

    assertThat(violations)
        .containsExactly(
            new FormViolation("decision", "is required"),
            new FormViolation("score", "must be a number"),
            new FormViolation("sanctionsChecked", "must be true or false"),
            new FormViolation("reason", "must be at most 5 characters"),
            new FormViolation("extra", "is not a field of the form"));
  }

  @Test
  void refusesAChoiceTheFormDoesNotOfferAndANumberOutOfRange() {
    assertThat(FORM.validate(Map.of("decision", "maybe", "score", 11)))
        .containsExactly(
            new FormViolation("decision", "must be one of [approve, reject]"),
            new FormViolation("score", "must be at most 10"));
  }
}

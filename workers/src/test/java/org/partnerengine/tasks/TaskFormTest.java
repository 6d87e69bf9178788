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

  @Test
  void aPatternThatBacktracksWithoutEndIsRefusedInsteadOfHoldingTheRequest() {
    TaskForm form = TaskForm.parse(pattern("(.*a){20}"));

    assertThat(form.validate(Map.of("code", "a".repeat(1_000) + "!")))
        .containsExactly(new FormViolation("code", "cannot be checked: the form's pattern takes too long on this value"));
  }

  @Test
  void aPatternChecksOnlyValuesOfBoundedLength() {
    TaskForm form = TaskForm.parse(pattern("[a-z]+"));

    assertThat(form.validate(Map.of("code", "abc"))).isEmpty();
    assertThat(form.validate(Map.of("code", "abc1"))).containsExactly(new FormViolation("code", "does not match the expected pattern"));
    assertThat(form.validate(Map.of("code", "a".repeat(TaskForm.MAX_PATTERN_INPUT + 1))))
        .containsExactly(new FormViolation("code", "is too long to be checked against the form's pattern (at most 2000 characters)"));
  }

  @Test
  void aPatternNobodyCanCompileAcceptsNothing() {
    assertThat(TaskForm.parse(pattern("([a-z")).validate(Map.of("code", "abc")))
        .containsExactly(new FormViolation("code", "cannot be checked: the form's pattern is not a valid pattern"));
  }

  private static String pattern(String regex) {
    return """
        {"components": [{"type": "textfield", "key": "code", "validate": {"pattern": "%s"}}]}
        """.formatted(regex.replace("\\", "\\\\"));
  }
}

package org.partnerengine.tasks;

import java.util.List;
import java.util.stream.Collectors;

/** The variables do not fill the task's form: required fields missing or values of the wrong type. */
public class InvalidTaskInput extends RuntimeException {

  private final List<FormViolation> violations;

  public InvalidTaskInput(List<FormViolation> violations) {
    super(violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public List<FormViolation> violations() {
    return violations;
  }
}

package org.partnerengine.questions;

/** No such question, or not this partner's: answered with 404 either way. */
public class QuestionNotFound extends RuntimeException {

  public QuestionNotFound(long id) {
    super("No question " + id);
  }
}

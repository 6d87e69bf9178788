package org.partnerengine.tasks;

/**
 * The task asks for a form this app has not stored (its model was deployed past the app, or with
 * a form kept elsewhere): nothing can say which variables it takes, so it takes none until the
 * form is deployed through the app. The task stays open.
 */
public class FormUnknown extends RuntimeException {
  public FormUnknown(Long taskId, String form) {
    super("Task " + taskId + " asks for form " + form + ", which this app does not know; deploy the form through"
        + " the app to complete the task");
  }
}

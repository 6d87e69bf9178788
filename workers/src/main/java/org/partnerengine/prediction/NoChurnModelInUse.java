package org.partnerengine.prediction;

/** No model has passed the gate and a manager yet: partners are not scored. */
public class NoChurnModelInUse extends RuntimeException {
  public NoChurnModelInUse() {
    super("No churn model is in use yet: the model-retrain process promotes one once it passes the gate and a manager approves it");
  }
}

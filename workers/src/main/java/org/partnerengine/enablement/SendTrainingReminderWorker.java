package org.partnerengine.enablement;

import io.camunda.client.annotation.ElementInstanceKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/**
 * Reminds a partner of its open courses each time the reminder timer fires. Each firing is its
 * own element instance, so its key tells a redelivered job from the next reminder.
 */
@Component
public class SendTrainingReminderWorker {

  static final String JOB_TYPE = "enablement.send-training-reminder";

  private final Enablement enablement;

  public SendTrainingReminderWorker(Enablement enablement) {
    this.enablement = enablement;
  }

  @JobWorker(type = JOB_TYPE)
  public void remind(@Variable long partnerId, @ElementInstanceKey long elementInstanceKey) {
    enablement.remind(partnerId, elementInstanceKey);
  }
}

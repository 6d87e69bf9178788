package org.partnerengine.enablement;

import io.camunda.client.annotation.ElementInstanceKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnerengine.notification.NotificationOutbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds a partner of its open courses each time the reminder timer fires, in its history and by
 * mail. Each firing is its own element instance, so its key tells a redelivered job from the next
 * reminder.
 */
@Component
public class SendTrainingReminderWorker {

  static final String JOB_TYPE = "enablement.send-training-reminder";
  static final String TEMPLATE = "training-reminder";

  private final Enablement enablement;
  private final Enrolments enrolments;
  private final NotificationOutbox outbox;

  public SendTrainingReminderWorker(Enablement enablement, Enrolments enrolments, NotificationOutbox outbox) {
    this.enablement = enablement;
    this.enrolments = enrolments;
    this.outbox = outbox;
  }

  @JobWorker(type = JOB_TYPE)
  @Transactional
  public void remind(@Variable long partnerId, @ElementInstanceKey long elementInstanceKey) {
    enablement.remind(partnerId, elementInstanceKey);
    String openCourses =
        enrolments.findByPartnerIdOrderByCourseId(partnerId).stream()
            .filter(e -> e.isRequired() && !e.isComplete())
            .map(Enrolment::getCourseId)
            .collect(Collectors.joining(", "));
    outbox.enqueue(
        partnerId,
        TEMPLATE,
        "partner-" + partnerId + ":training-reminder:" + elementInstanceKey,
        Map.of("courses", openCourses));
  }
}

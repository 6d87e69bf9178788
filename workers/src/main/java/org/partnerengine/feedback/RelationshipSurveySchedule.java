package org.partnerengine.feedback;

import java.util.Map;
import org.partnerengine.messaging.ProgrammeLoops;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Starts the relationship-survey loop when the app is ready: one loop per engine. */
@Component
class RelationshipSurveySchedule {

  static final String MESSAGE = "relationship-survey-started";
  static final String CORRELATION_KEY = "relationship-survey";

  private final ProgrammeLoops loops;
  private final FeedbackSettings settings;

  RelationshipSurveySchedule(ProgrammeLoops loops, FeedbackSettings settings) {
    this.loops = loops;
    this.settings = settings;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (settings.scheduleEnabled()) {
      loops.startOnce(MESSAGE, CORRELATION_KEY, Map.of("surveyInterval", settings.surveyInterval().toString()));
    }
  }
}

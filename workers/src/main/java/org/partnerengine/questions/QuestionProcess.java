package org.partnerengine.questions;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.partnerengine.engine.ProcessStarter;
import org.springframework.stereotype.Component;

/** Starts one partner-question instance per question; its variables are ids and the topic only. */
@Component
public class QuestionProcess {

  public static final String BPMN_PROCESS_ID = "partner-question";
  static final String WHAT = "the question";

  private final ProcessStarter engine;

  public QuestionProcess(ProcessStarter engine) {
    this.engine = engine;
  }

  public long start(PartnerQuestion question) {
    return engine.start(WHAT, BPMN_PROCESS_ID, variables(question));
  }

  public CompletableFuture<Long> startAsync(PartnerQuestion question) {
    return engine.startAsync(WHAT, BPMN_PROCESS_ID, variables(question));
  }

  private static Map<String, Object> variables(PartnerQuestion question) {
    return Map.of("questionId", question.getId(), "partnerId", question.getPartnerId(), "topic", question.getTopic().name());
  }
}

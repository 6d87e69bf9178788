package org.partnerengine.cosell;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.annotation.Variable;
import org.partnerengine.tasks.TaskInbox;
import org.springframework.stereotype.Component;

/**
 * The jobs of co-sell-request and revenue-split. Each records its step once: a redelivered job
 * finds it recorded and answers as the first delivery did.
 */
@Component
public class CoSellingWorkers {

  static final String ANSWER_TASK = "Task_AnswerCoSell";
  static final String APPROVE_TASK = "Task_ApproveSplit";

  private final CoSelling coSelling;
  private final RevenueSplits splits;
  private final TaskInbox inbox;

  public CoSellingWorkers(CoSelling coSelling, RevenueSplits splits, TaskInbox inbox) {
    this.coSelling = coSelling;
    this.splits = splits;
    this.inbox = inbox;
  }

  public record Opened(boolean duplicate) {}

  /** Binds the request to this instance; an instance started a second time for it ends. */
  @JobWorker(type = "co-sell.open")
  public Opened openRequest(@ProcessInstanceKey long processInstanceKey, @Variable long coSellRequestId) {
    return new Opened(!coSelling.bind(coSellRequestId, processInstanceKey));
  }

  @JobWorker(type = "co-sell.record-answer")
  public void recordAnswer(
      @ProcessInstanceKey long processInstanceKey,
      @Variable long coSellRequestId,
      @Variable boolean coSellAccepted,
      @Variable(optional = true) String coSellNote) {
    String answeredBy = inbox.completedBy(processInstanceKey, ANSWER_TASK).orElse(null);
    coSelling.answer(coSellRequestId, coSellAccepted, coSellNote, answeredBy);
  }

  @JobWorker(type = "co-sell.mark-overdue")
  public void markOverdue(@Variable long coSellRequestId) {
    coSelling.markOverdue(coSellRequestId);
  }

  @JobWorker(type = "split.open")
  public Opened openSplit(@ProcessInstanceKey long processInstanceKey, @Variable long splitId) {
    return new Opened(!splits.bind(splitId, processInstanceKey));
  }

  public record OwnerWindowClosed(boolean ownerAccepted) {}

  /** Expires a split the owner left unanswered; one it accepted meanwhile goes on to the decision. */
  @JobWorker(type = "split.close-owner-window")
  public OwnerWindowClosed closeOwnerWindow(@Variable long splitId) {
    return new OwnerWindowClosed(splits.closeOwnerWindow(splitId));
  }

  @JobWorker(type = "split.decide")
  public void decide(
      @ProcessInstanceKey long processInstanceKey,
      @Variable long splitId,
      @Variable boolean splitApproved,
      @Variable(optional = true) String splitNote) {
    String decidedBy = inbox.completedBy(processInstanceKey, APPROVE_TASK).orElse(null);
    splits.decide(splitId, splitApproved, decidedBy, splitNote);
  }
}

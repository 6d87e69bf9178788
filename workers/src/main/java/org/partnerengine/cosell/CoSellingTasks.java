package org.partnerengine.cosell;

import io.camunda.client.api.response.ActivatedJob;
import java.util.Optional;
import org.partnerengine.tasks.TaskSubject;
import org.partnerengine.tasks.TaskSubjects;
import org.springframework.stereotype.Component;

/**
 * The tasks of co-selling are about a request: direct sales answers a co-sell request, a channel
 * approver decides a revenue split, which its proposer may not decide (four eyes).
 */
@Component
class CoSellingTasks implements TaskSubjects {

  static final String CO_SELL_REQUEST = "co-sell-request";
  static final String REVENUE_SPLIT = "revenue-split";

  private final CoSellRequests requests;
  private final DealSplits splits;

  CoSellingTasks(CoSellRequests requests, DealSplits splits) {
    this.requests = requests;
    this.splits = splits;
  }

  @Override
  public Optional<TaskSubject> subjectOf(ActivatedJob job) {
    if (CoSellProcess.BPMN_PROCESS_ID.equals(job.getBpmnProcessId())
        && job.getVariablesAsMap().get("coSellRequestId") instanceof Number id) {
      return Optional.of(new TaskSubject(CO_SELL_REQUEST, id.longValue(), requests.require(id.longValue()).getRequestedBy()));
    }
    if (RevenueSplitProcess.BPMN_PROCESS_ID.equals(job.getBpmnProcessId())
        && job.getVariablesAsMap().get("splitId") instanceof Number id) {
      return Optional.of(new TaskSubject(REVENUE_SPLIT, id.longValue(), splits.require(id.longValue()).getProposedBy()));
    }
    return Optional.empty();
  }
}

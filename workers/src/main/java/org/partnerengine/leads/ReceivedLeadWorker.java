package org.partnerengine.leads;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The first job of a lead-distribution instance that a {@code lead-received} message started:
 * stores the message's lead and answers what the API's start would have carried. The model maps
 * the answer and then clears the {@code lead} variable: the contact's name and address stay in the
 * database, not in the instance. A lead that breaks a rule ends the instance as refused (BPMN error
 * {@value #INVALID_LEAD} with {@code refusedReason}), stores nothing and raises no incident.
 */
@Component
public class ReceivedLeadWorker {

  static final String INVALID_LEAD = "INVALID_LEAD";
  private static final Logger log = LoggerFactory.getLogger(ReceivedLeadWorker.class);

  private final ReceivedLeads received;
  private final LeadDistribution distribution;

  public ReceivedLeadWorker(ReceivedLeads received, LeadDistribution distribution) {
    this.received = received;
    this.distribution = distribution;
  }

  @JobWorker(type = "leads.store-received")
  public Map<String, Object> storeReceived(@ProcessInstanceKey long processInstanceKey, @Variable(optional = true) Object lead) {
    long leadId;
    try {
      leadId = received.store(lead, processInstanceKey);
    } catch (ReceivedLeads.Refused refused) {
      log.warn("The lead-received message of instance {} is refused: {}", processInstanceKey, refused.getMessage());
      throw CamundaError.bpmnError(INVALID_LEAD, refused.getMessage(), Map.of("refusedReason", refused.getMessage()));
    }
    return distribution.variables(leadId);
  }
}

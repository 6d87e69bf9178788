package org.partnerengine.leads;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Leads that integrations hand in by publishing the {@code lead-received} message to the engine
 * instead of calling the API. The message starts a lead-distribution instance whose first job
 * stores the lead here: checked exactly as {@code POST /api/leads} checks it, once per instance.
 */
@Service
public class ReceivedLeads {

  /** The lead in the message was not a lead this app takes: why, field by field. */
  public static class Refused extends RuntimeException {
    public Refused(String reasons) {
      super(reasons);
    }
  }

  private static final ObjectMapper FIELDS =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  private final Leads leads;
  private final Validator validator;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public ReceivedLeads(Leads leads, Validator validator, TransactionTemplate transaction, Clock clock) {
    this.leads = leads;
    this.validator = validator;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * Stores the message's lead for the instance it started, bound to it; a second delivery answers
   * the lead stored by the first.
   *
   * @throws Refused when the lead is missing, not an object, has unknown fields or breaks a rule
   */
  public long store(Object lead, long processInstanceKey) {
    Long stored = transaction.execute(status -> leads.findByReceivedInInstance(processInstanceKey).map(Lead::getId).orElse(null));
    if (stored != null) {
      return stored;
    }
    LeadSubmission submission = submission(lead);
    try {
      return transaction.execute(status -> leads.saveAndFlush(Lead.receivedBy(submission, processInstanceKey, clock.instant())).getId());
    } catch (DataIntegrityViolationException twin) {
      // The same job delivered twice at once: the unique instance kept one lead.
      return transaction.execute(status -> leads.findByReceivedInInstance(processInstanceKey).orElseThrow().getId());
    }
  }

  private LeadSubmission submission(Object lead) {
    if (!(lead instanceof Map<?, ?> fields)) {
      throw new Refused("lead must be an object with the fields of POST /api/leads");
    }
    LeadSubmission submission;
    try {
      submission = FIELDS.convertValue(fields, LeadSubmission.class);
    } catch (IllegalArgumentException e) {
      throw new Refused("lead is not a lead: " + e.getMessage().lines().findFirst().orElse("unreadable"));
    }
    String broken = LeadIntake.brokenRules(validator, submission);
    if (broken != null) {
      throw new Refused(broken);
    }
    return submission;
  }
}

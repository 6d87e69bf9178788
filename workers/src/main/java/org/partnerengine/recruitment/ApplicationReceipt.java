package org.partnerengine.recruitment;

import org.partnerengine.partner.Stage;

/**
 * What an applicant gets back: the partner it became and the lifecycle that now runs it, or no
 * instance key yet when the engine had not created the lifecycle within the answer time.
 */
public record ApplicationReceipt(long partnerId, Long processInstanceKey, Stage stage) {

  /** Whether the engine has taken the start; if not, it is still under way. */
  public boolean started() {
    return processInstanceKey != null;
  }
}

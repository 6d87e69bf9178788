package org.partnerengine.prediction;

import org.partnerengine.partner.Stage;

/** Only active partners are scored: the model learnt from active partners only. */
class PartnerNotScored extends RuntimeException {
  PartnerNotScored(long partnerId, Stage stage) {
    super("Partner " + partnerId + " is " + stage + ": only ACTIVE partners have a churn risk");
  }
}

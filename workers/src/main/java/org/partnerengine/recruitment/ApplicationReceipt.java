package org.partnerengine.recruitment;

import org.partnerengine.partner.Stage;

/** What an applicant gets back: the partner it became and the lifecycle that now runs it. */
public record ApplicationReceipt(long partnerId, long processInstanceKey, Stage stage) {}

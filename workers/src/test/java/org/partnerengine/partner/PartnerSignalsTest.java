package org.partnerengine.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.messaging.PartnerMessages;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An outside event whose own job wins the race to its history entry: the job runs as soon as the
 * message is out and, for a message published bare, writes the same entry. The caller that sent the
 * event still gets its answer (it was recorded), not a failure.
 */
class PartnerSignalsTest {

  private final Partners partners = mock(Partners.class);
  private final PartnerHistory history = mock(PartnerHistory.class);
  private final PartnerMessages messages = mock(PartnerMessages.class);
  private final TransactionTemplate transaction = mock(TransactionTemplate.class);
  private final PartnerSignals signals = new PartnerSignals(partners, history, messages, transaction);

  @Test
  void anEntryTheJobWroteFirstCountsAsThisEventsEntry() {
    when(partners.require(7L)).thenReturn(mock(Partner.class));
    when(history.isRecorded("agreement-signed:7:v1")).thenReturn(false, true);
    when(transaction.execute(any())).thenThrow(new DataIntegrityViolationException("uq_partner_event_idempotency"));

    boolean fresh = signals.signal(7L, "agreement-signed", "agreement-signed:7:v1", Map.of(), "AGREEMENT_SIGNED", "partner", "v1");

    assertThat(fresh).isTrue();
  }

  @Test
  void anotherIntegrityFailureIsNotHidden() {
    when(partners.require(7L)).thenReturn(mock(Partner.class));
    when(history.isRecorded("agreement-signed:7:v1")).thenReturn(false, false);
    when(transaction.execute(any())).thenThrow(new DataIntegrityViolationException("fk_partner_event_partner"));

    assertThatThrownBy(() -> signals.signal(7L, "agreement-signed", "agreement-signed:7:v1", Map.of(), "AGREEMENT_SIGNED", "partner", "v1"))
        .isInstanceOf(DataIntegrityViolationException.class);
  }
}

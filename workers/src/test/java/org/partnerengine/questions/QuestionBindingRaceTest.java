package org.partnerengine.questions;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.partnerengine.engine.AcceptedStarts;
import org.partnerengine.notification.NotificationOutbox;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A question is bound to its instance by whichever comes first, the start's answer or the
 * question's first task; when both come at once, the one that loses the race to the row or to the
 * history entry finds the work done, and its caller (the task's job among them) does not fail.
 */
class QuestionBindingRaceTest {

  private final PartnerHistory history = mock(PartnerHistory.class);
  private final TransactionTemplate transaction = mock(TransactionTemplate.class);
  private final Questions questions = new Questions(
      mock(PartnerQuestions.class), mock(Partners.class), history, mock(NotificationOutbox.class), mock(QuestionProcess.class),
      mock(AcceptedStarts.class), transaction, Clock.systemUTC());

  @Test
  void theLoserOfTheRaceFindsTheQuestionBoundAndItsHistoryWritten() {
    when(history.isRecorded("question-5:asked")).thenReturn(true);
    doThrow(new DataIntegrityViolationException("uq_partner_event_idempotency")).when(transaction).executeWithoutResult(any());
    assertThatCode(() -> questions.attach(5, 77)).doesNotThrowAnyException();

    doThrow(new ObjectOptimisticLockingFailureException(PartnerQuestion.class, 5L)).when(transaction).executeWithoutResult(any());
    assertThatCode(() -> questions.attach(5, 77)).doesNotThrowAnyException();
  }

  @Test
  void aFailureThatLeftNothingWrittenIsNotHidden() {
    when(history.isRecorded("question-6:asked")).thenReturn(false);
    doThrow(new DataIntegrityViolationException("fk_partner_event_partner")).when(transaction).executeWithoutResult(any());

    assertThatThrownBy(() -> questions.attach(6, 78)).isInstanceOf(DataIntegrityViolationException.class);
  }
}

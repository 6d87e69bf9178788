package org.partnerengine.questions;

import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import org.partnerengine.engine.AcceptedStarts;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.notification.NotificationOutbox;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Partners' questions: stored first, then answered through a partner-question instance (a question
 * whose start the engine did not confirm is started by {@link OrphanQuestions}, never twice: its
 * first task binds the instance key).
 */
@Service
public class Questions {

  static final String ANSWERED_TEMPLATE = "question-answered";
  static final String ESCALATED_TEMPLATE = "question-escalated";

  private final PartnerQuestions questions;
  private final Partners partners;
  private final PartnerHistory history;
  private final NotificationOutbox outbox;
  private final QuestionProcess process;
  private final AcceptedStarts starts;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public Questions(
      PartnerQuestions questions,
      Partners partners,
      PartnerHistory history,
      NotificationOutbox outbox,
      QuestionProcess process,
      AcceptedStarts starts,
      TransactionTemplate transaction,
      Clock clock) {
    this.questions = questions;
    this.partners = partners;
    this.history = history;
    this.outbox = outbox;
    this.process = process;
    this.starts = starts;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** Stores the question and starts its process; if the engine refuses, nothing stays stored. */
  public PartnerQuestion ask(long partnerId, QuestionTopic topic, String text, String askedBy) {
    PartnerQuestion stored =
        transaction.execute(
            status -> {
              partners.require(partnerId);
              return questions.saveAndFlush(new PartnerQuestion(partnerId, topic, text.strip(), askedBy, clock.instant()));
            });
    long id = stored.getId();
    OptionalLong started;
    try {
      started = starts.await("question " + id, process.startAsync(stored), key -> attach(id, key));
    } catch (EngineUnavailable refused) {
      transaction.executeWithoutResult(status -> questions.deleteById(id));
      throw refused;
    }
    started.ifPresent(key -> attach(id, key));
    return transaction.execute(status -> questions.findById(id).orElseThrow());
  }

  /**
   * Binds the question to its instance, once, and writes it into the partner's history then: a
   * question the engine refused is deleted before it ever shows there.
   */
  public void attach(long questionId, long processInstanceKey) {
    String asked = "question-" + questionId + ":asked";
    try {
      transaction.executeWithoutResult(status -> questions.findById(questionId).ifPresent(q -> {
        q.attach(processInstanceKey);
        history.recordOnce(asked, partners.require(q.getPartnerId()), "QUESTION_ASKED", q.getAskedBy(), q.getTopic().name());
      }));
    } catch (DataIntegrityViolationException | OptimisticLockingFailureException twin) {
      // The start's answer and the question's first task bind it at the same moment: the one that
      // wrote the history entry first did it all.
      if (!history.isRecorded(asked)) {
        throw twin;
      }
    }
  }

  @Transactional(readOnly = true)
  public Page<PartnerQuestion> of(long partnerId, Pageable page) {
    partners.require(partnerId);
    return questions.findByPartnerIdOrderByIdDesc(partnerId, page);
  }

  @Transactional(readOnly = true)
  public PartnerQuestion of(long partnerId, long questionId) {
    return questions.findByIdAndPartnerId(questionId, partnerId).orElseThrow(() -> new QuestionNotFound(questionId));
  }

  @Transactional(readOnly = true)
  public PartnerQuestion require(long questionId) {
    return questions.findById(questionId).orElseThrow(() -> new QuestionNotFound(questionId));
  }

  /** Records the answer and tells the partner, once: a second delivery finds it answered. */
  @Transactional
  public void recordAnswer(long questionId, String answer, String answeredBy) {
    PartnerQuestion question = require(questionId);
    if (question.answer(answer.strip(), answeredBy, clock.instant())) {
      Partner partner = partners.require(question.getPartnerId());
      String key = "question-" + questionId + ":answered";
      history.recordOnce(key, partner, "QUESTION_ANSWERED", answeredBy, question.getTopic().name());
      outbox.enqueue(question.getPartnerId(), ANSWERED_TEMPLATE, key, Map.of("topic", question.getTopic().name()));
    }
  }

  /** Marks the question escalated and tells the escalation group, once. */
  @Transactional
  public void escalate(long questionId, String escalationGroup) {
    PartnerQuestion question = require(questionId);
    if (question.escalate(clock.instant())) {
      Partner partner = partners.require(question.getPartnerId());
      String key = "question-" + questionId + ":escalated";
      history.recordOnce(key, partner, "QUESTION_ESCALATED", "system", "to " + escalationGroup);
      outbox.enqueueForGroup(
          escalationGroup, ESCALATED_TEMPLATE, key,
          Map.of("topic", question.getTopic().name(), "questionId", String.valueOf(questionId), "companyName", partner.getCompanyName()));
    }
  }
}

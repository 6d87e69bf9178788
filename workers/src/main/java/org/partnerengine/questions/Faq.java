package org.partnerengine.questions;

import java.time.Clock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers every partner may read. A manager publishes a good answer, worded anew (the FAQ is read by
 * all partners, so the asker's name and details stay out), once per question.
 */
@Service
public class Faq {

  private final FaqEntries entries;
  private final Questions questions;
  private final Clock clock;

  public Faq(FaqEntries entries, Questions questions, Clock clock) {
    this.entries = entries;
    this.questions = questions;
    this.clock = clock;
  }

  @Transactional
  public FaqEntry publish(long questionId, String question, String answer, String by) {
    PartnerQuestion source = questions.require(questionId);
    if (source.getStatus() != QuestionStatus.ANSWERED) {
      throw new FaqRefused("Question " + questionId + " has no answer yet");
    }
    if (entries.findBySourceQuestionId(questionId).isPresent()) {
      throw new FaqRefused("Question " + questionId + " is published already");
    }
    try {
      return entries.saveAndFlush(new FaqEntry(source.getTopic(), question.strip(), answer.strip(), questionId, by, clock.instant()));
    } catch (DataIntegrityViolationException concurrent) {
      throw new FaqRefused("Question " + questionId + " is published already");
    }
  }

  @Transactional
  public void unpublish(long entryId) {
    FaqEntry entry = entries.findById(entryId).orElseThrow(() -> new QuestionNotFound(entryId));
    entries.delete(entry);
  }

  @Transactional(readOnly = true)
  public Page<FaqEntry> list(QuestionTopic topic, Pageable page) {
    return topic == null ? entries.findAllByOrderByIdDesc(page) : entries.findByTopicOrderByIdDesc(topic, page);
  }
}

package org.partnerengine.questions;

import java.time.Clock;
import java.time.Duration;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.engine.UnstartedProcesses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Starts the process of questions stored but never started (the engine's answer was lost, or the app stopped). */
@Service
public class OrphanQuestions {

  private static final Logger log = LoggerFactory.getLogger(OrphanQuestions.class);

  private final UnstartedProcesses unstarted;
  private final QuestionProcess process;
  private final Questions questions;

  public OrphanQuestions(JdbcTemplate jdbc, QuestionProcess process, Questions questions, TransactionTemplate transaction, Clock clock) {
    this.unstarted = new UnstartedProcesses("partner_question", QuestionStatus.OPEN.name(), "asked_at", jdbc, transaction, clock);
    this.process = process;
    this.questions = questions;
  }

  public int sweep(Duration grace) {
    return unstarted.sweep(grace, this::start);
  }

  private boolean start(long questionId) {
    try {
      long processInstanceKey = process.start(questions.require(questionId));
      questions.attach(questionId, processInstanceKey);
      log.info("Started the process of question {}, stored without one: instance {}", questionId, processInstanceKey);
      return true;
    } catch (EngineUnavailable e) {
      log.warn("The process of question {} is still not started: {}", questionId, e.getMessage());
      return false;
    }
  }
}

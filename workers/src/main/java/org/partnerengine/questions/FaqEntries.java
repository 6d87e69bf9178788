package org.partnerengine.questions;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FaqEntries extends JpaRepository<FaqEntry, Long> {

  Page<FaqEntry> findAllByOrderByIdDesc(Pageable page);

  Page<FaqEntry> findByTopicOrderByIdDesc(QuestionTopic topic, Pageable page);

  Optional<FaqEntry> findBySourceQuestionId(long sourceQuestionId);
}

package org.partnerengine.curriculum;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerengine.catalogue.CatalogueEntries;
import org.partnerengine.catalogue.CatalogueEntry;
import org.partnerengine.catalogue.TrainingKind;
import org.partnerengine.certification.Certificate;
import org.partnerengine.certification.Certificates;
import org.partnerengine.certification.CertificationSettings;
import org.partnerengine.certification.ExamAttempt;
import org.partnerengine.certification.ExamAttempts;
import org.partnerengine.enablement.Enrolment;
import org.partnerengine.enablement.Enrolments;
import org.partnerengine.partner.Partners;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's curriculum, read from what the processes recorded: the required courses are the
 * enrolments enablement made from the training-curriculum decision, the attempts those the
 * certification recorded. The catalogue adds titles, descriptions, links and the exams' rules.
 */
@Service
public class Curricula {

  private final Partners partners;
  private final Enrolments enrolments;
  private final ExamAttempts attempts;
  private final Certificates certificates;
  private final CatalogueEntries catalogue;
  private final CertificationSettings certification;

  public Curricula(
      Partners partners,
      Enrolments enrolments,
      ExamAttempts attempts,
      Certificates certificates,
      CatalogueEntries catalogue,
      CertificationSettings certification) {
    this.partners = partners;
    this.enrolments = enrolments;
    this.attempts = attempts;
    this.certificates = certificates;
    this.catalogue = catalogue;
    this.certification = certification;
  }

  @Transactional(readOnly = true)
  public Curriculum of(long partnerId) {
    partners.require(partnerId);
    Map<String, CatalogueEntry> entries =
        catalogue.findAllByOrderByKindAscIdAsc().stream().collect(Collectors.toMap(CatalogueEntry::getId, Function.identity()));

    List<CourseProgress> courses =
        enrolments.findByPartnerIdOrderByCourseId(partnerId).stream()
            .filter(Enrolment::isRequired)
            .map(enrolment -> course(enrolment, entries.get(enrolment.getCourseId())))
            .toList();
    int completed = (int) courses.stream().filter(c -> c.status() == CourseStatus.COMPLETED).count();

    List<ExamAttempt> taken = attempts.findByPartnerIdOrderByAttemptedAtAscIdAsc(partnerId);
    int cycle = currentCycle(taken, certificates.findByPartnerIdOrderByIssuedAtDescIdDesc(partnerId));
    Map<String, List<ExamAttempt>> thisCycle = new LinkedHashMap<>();
    taken.stream()
        .filter(a -> a.getCertificationCycle() == cycle)
        .forEach(a -> thisCycle.computeIfAbsent(a.getExamId(), id -> new ArrayList<>()).add(a));

    // The exams on offer, then any other exam the partner sat (retired since, or never catalogued).
    List<ExamProgress> exams = new ArrayList<>();
    entries.values().stream()
        .filter(e -> e.getKind() == TrainingKind.EXAM && !e.isRetired())
        .sorted(Comparator.comparing(CatalogueEntry::getId))
        .forEach(e -> exams.add(exam(e.getId(), e, thisCycle.getOrDefault(e.getId(), List.of()))));
    thisCycle.forEach(
        (examId, sat) -> {
          CatalogueEntry entry = entries.get(examId);
          if (entry == null || entry.getKind() != TrainingKind.EXAM || entry.isRetired()) {
            exams.add(exam(examId, entry != null && entry.getKind() == TrainingKind.EXAM ? entry : null, sat));
          }
        });
    return new Curriculum(partnerId, courses, completed, exams);
  }

  private static CourseProgress course(Enrolment enrolment, CatalogueEntry entry) {
    boolean catalogued = entry != null && entry.getKind() == TrainingKind.COURSE;
    return new CourseProgress(
        enrolment.getCourseId(),
        catalogued ? entry.getTitle() : enrolment.getCourseId(),
        catalogued ? entry.getDescription() : null,
        catalogued ? entry.getLink() : null,
        catalogued,
        enrolment.isComplete() ? CourseStatus.COMPLETED : CourseStatus.ENROLLED,
        enrolment.getEnrolledAt(),
        enrolment.getCompletedAt());
  }

  private ExamProgress exam(String examId, CatalogueEntry entry, List<ExamAttempt> sat) {
    int maxAttempts = entry != null ? entry.getMaxAttempts() : certification.maxExamAttempts();
    BigDecimal passMark =
        entry != null ? entry.getPassMark() : sat.isEmpty() ? null : sat.get(sat.size() - 1).getPassMark();
    boolean passed = sat.stream().anyMatch(ExamAttempt::isPassed);
    int used = sat.size();
    BigDecimal best = sat.stream().map(ExamAttempt::getScore).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    return new ExamProgress(
        examId,
        entry != null ? entry.getTitle() : examId,
        entry != null ? entry.getDescription() : null,
        entry != null ? entry.getLink() : null,
        entry != null,
        scaled(passMark),
        maxAttempts,
        used,
        passed ? 0 : Math.max(0, maxAttempts - used),
        passed,
        scaled(best),
        sat.isEmpty() ? null : sat.get(sat.size() - 1).getAttemptedAt());
  }

  /** Scores as the database keeps them (two decimals), whether just recorded or read back. */
  private static BigDecimal scaled(BigDecimal score) {
    return score == null ? null : score.setScale(2, RoundingMode.HALF_UP);
  }

  /** The latest certification cycle the partner is in: a renewal starts the next one. */
  private static int currentCycle(List<ExamAttempt> taken, List<Certificate> issued) {
    int cycle = 1;
    for (ExamAttempt attempt : taken) {
      cycle = Math.max(cycle, attempt.getCertificationCycle());
    }
    for (Certificate certificate : issued) {
      cycle = Math.max(cycle, certificate.getCertificationCycle());
    }
    return cycle;
  }
}

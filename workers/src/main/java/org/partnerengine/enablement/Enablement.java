package org.partnerengine.enablement;

import java.time.Clock;
import java.util.List;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's training: enrolment in the courses its curriculum requires and their completion.
 * Every step can run twice with the same result, since the engine may deliver a job again.
 */
@Service
public class Enablement {

  private static final Logger log = LoggerFactory.getLogger(Enablement.class);

  private final Enrolments enrolments;
  private final Partners partners;
  private final PartnerHistory history;
  private final Clock clock;

  public Enablement(Enrolments enrolments, Partners partners, PartnerHistory history, Clock clock) {
    this.enrolments = enrolments;
    this.partners = partners;
    this.history = history;
    this.clock = clock;
  }

  /** Enrols the partner in each required course it is not enrolled in yet. */
  @Transactional
  public CurriculumProgress enrol(long partnerId, List<String> requiredCourses) {
    Partner partner = partners.require(partnerId);
    List<String> courses = requiredCourses == null ? List.of() : requiredCourses.stream().distinct().toList();
    for (String course : courses) {
      if (enrolments.findByPartnerIdAndCourseId(partnerId, course).isEmpty()) {
        enrolments.save(new Enrolment(partnerId, course, true, clock.instant()));
      }
    }
    history.recordOnce(
        "partner-" + partnerId + ":enrolled",
        partner,
        "ENROLLED",
        "system",
        courses.isEmpty() ? "no course required" : "required courses " + String.join(", ", courses));
    return progress(partnerId);
  }

  /**
   * Records a completed course. A course the partner is not enrolled in, or one already complete,
   * changes nothing: the training platform may report a course twice or report an elective.
   */
  @Transactional
  public CurriculumProgress recordCompletion(long partnerId, String courseId) {
    Partner partner = partners.require(partnerId);
    enrolments
        .findByPartnerIdAndCourseId(partnerId, courseId == null ? "" : courseId)
        .ifPresentOrElse(
            enrolment -> {
              if (enrolment.complete(clock.instant())) {
                history.recordOnce(
                    "partner-" + partnerId + ":course-completed:" + courseId, partner, "COURSE_COMPLETED", "system", courseId);
              }
            },
            () -> log.info("Partner {} completed course {}, which is not on its curriculum", partnerId, courseId));
    return progress(partnerId);
  }

  /** Reminds the partner of the courses still open; one history entry per reminder. */
  @Transactional
  public void remind(long partnerId, long reminderKey) {
    Partner partner = partners.require(partnerId);
    List<String> open =
        enrolments.findByPartnerIdOrderByCourseId(partnerId).stream()
            .filter(e -> e.isRequired() && !e.isComplete())
            .map(Enrolment::getCourseId)
            .toList();
    history.recordOnce(
        "partner-" + partnerId + ":training-reminder:" + reminderKey,
        partner,
        "TRAINING_REMINDER",
        "system",
        "courses still open: " + String.join(", ", open));
  }

  private CurriculumProgress progress(long partnerId) {
    return new CurriculumProgress(!enrolments.existsByPartnerIdAndRequiredTrueAndCompletedAtIsNull(partnerId));
  }
}

package org.partnerengine.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.partnerengine.attention.AttentionFollowedUp;
import org.partnerengine.attention.AttentionKind;
import org.partnerengine.attention.AttentionReconciliation;
import org.partnerengine.notification.NotificationOutbox;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Closes the loop on a detractor: its answer raises the partner's DETRACTOR follow-up (once per
 * partner and round: a follow-up still open takes the next detractor's answer too), and when a
 * manager completes that follow-up the partner is told what was done. Both run inside the
 * transaction that stores the answer or the follow-up, so neither is lost nor done twice.
 */
@Component
class DetractorFollowUps {

  static final String REASON = "DETRACTOR";
  static final String TOLD_TEMPLATE = "survey-follow-up";

  private final JdbcTemplate jdbc;
  private final AttentionReconciliation attention;
  private final NotificationOutbox outbox;
  private final Clock clock;

  DetractorFollowUps(JdbcTemplate jdbc, AttentionReconciliation attention, NotificationOutbox outbox, Clock clock) {
    this.jdbc = jdbc;
    this.attention = attention;
    this.outbox = outbox;
    this.clock = clock;
  }

  @EventListener
  void raise(Surveys.DetractorAnswered answered) {
    int marked = jdbc.update(
        "update survey_invitation set follow_up_raised_at = ? where id = ? and follow_up_raised_at is null",
        Timestamp.from(clock.instant()), answered.invitationId());
    if (marked == 1) {
      attention.raise(answered.partnerId(), REASON, AttentionKind.AT_RISK, "survey " + answered.surveyRound() + ": " + answered.score() + " of 10");
    }
  }

  @EventListener
  void tell(AttentionFollowedUp followedUp) {
    if (!REASON.equals(followedUp.reason())) {
      return;
    }
    List<Map<String, Object>> waiting = jdbc.queryForList(
        "select id from survey_invitation where partner_id = ? and follow_up_raised_at is not null and follow_up_closed_at is null",
        followedUp.partnerId());
    String note = followedUp.note() == null || followedUp.note().isBlank() ? "Your partner manager followed up with you." : followedUp.note();
    for (Map<String, Object> invitation : waiting) {
      long id = ((Number) invitation.get("id")).longValue();
      jdbc.update(
          "update survey_invitation set follow_up_closed_at = ?, follow_up_note = ? where id = ? and follow_up_closed_at is null",
          Timestamp.from(clock.instant()), note, id);
      outbox.enqueue(followedUp.partnerId(), TOLD_TEMPLATE, "survey-follow-up:" + id, Map.of("note", note));
    }
  }
}

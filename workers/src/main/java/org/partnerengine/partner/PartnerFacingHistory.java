package org.partnerengine.partner;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What a partner user sees of its own history: an allow-list by event type. Staff see every entry
 * as written; a partner sees only the types below, each with the detail its rule allows, and never
 * who on the staff acted: an entry is the partner's own ("You") or the partner team's. Anything
 * internal (due diligence, fit scores, approvers' reasons, attention findings, tier reviews that
 * changed nothing) and any type not listed here stays with staff, so a new history type is
 * internal until someone decides otherwise here.
 */
public final class PartnerFacingHistory {

  /** The partner itself acted (applied, signed, reported an event from the portal). */
  public static final String YOU = "You";
  /** Anyone on the programme's side: a manager, an approver, the system. */
  public static final String PARTNER_TEAM = "Partner team";

  /** The actors of the entries a partner made itself, besides its portal username. */
  private static final Set<String> PARTNER_ACTORS = Set.of("applicant", "partner");

  /** An entry as a partner sees it. */
  public record Line(Instant at, String type, Stage stage, String actor, String detail) {}

  private static UnaryOperator<String> asWritten() {
    return detail -> detail;
  }

  /** The detail is for staff; the entry's sentence, in the partner's language, says what happened. */
  private static UnaryOperator<String> sentenceOnly() {
    return detail -> null;
  }

  /** A tier change written as {@code "SILVER -> GOLD: <the review's reasons>"}: the move, not the reasons. */
  private static UnaryOperator<String> tierMove() {
    return detail -> {
      if (detail == null) {
        return null;
      }
      int reasons = detail.indexOf(':');
      return reasons < 0 ? detail : detail.substring(0, reasons).strip();
    };
  }

  private static final Map<String, UnaryOperator<String>> SHOWN =
      Map.ofEntries(
          Map.entry("APPLICATION_RECEIVED", asWritten()),
          Map.entry("APPLICATION_APPROVED", sentenceOnly()),
          Map.entry("APPLICATION_REJECTED", sentenceOnly()),
          Map.entry("STAGE_ENTERED", sentenceOnly()),
          Map.entry("AGREEMENT_GENERATED", asWritten()),
          Map.entry("AGREEMENT_REMINDER_SENT", sentenceOnly()),
          Map.entry("AGREEMENT_SIGNED", asWritten()),
          Map.entry("TAX_FORM_RECEIVED", asWritten()),
          Map.entry("BANKING_DETAILS_RECEIVED", asWritten()),
          Map.entry("PORTAL_ACCOUNT_INVITED", sentenceOnly()),
          Map.entry("PORTAL_INVITATION_REISSUED", sentenceOnly()),
          Map.entry("ENROLLED", asWritten()),
          Map.entry("TRAINING_COMPLETED", asWritten()),
          Map.entry("COURSE_COMPLETED", asWritten()),
          Map.entry("TRAINING_REMINDER", asWritten()),
          Map.entry("EXAM_RESULT_RECEIVED", asWritten()),
          Map.entry("EXAM_PASSED", asWritten()),
          Map.entry("EXAM_FAILED", asWritten()),
          Map.entry("CERTIFICATE_ISSUED", asWritten()),
          Map.entry("RENEWAL_DUE", asWritten()),
          Map.entry("CERTIFICATE_EXPIRED", asWritten()),
          Map.entry("TIER_UPGRADED", tierMove()),
          Map.entry("TIER_DOWNGRADED", tierMove()),
          Map.entry("DEAL_EXTENSION_REFUSED", asWritten()),
          Map.entry("CO_SELL_REQUESTED", asWritten()),
          Map.entry("CO_SELL_ACCEPTED", asWritten()),
          Map.entry("CO_SELL_DECLINED", asWritten()),
          Map.entry("REVENUE_SPLIT_PROPOSED", asWritten()),
          Map.entry("REVENUE_SPLIT_APPROVED", asWritten()),
          Map.entry("REVENUE_SPLIT_REJECTED", asWritten()),
          Map.entry("QUESTION_ASKED", asWritten()),
          Map.entry("QUESTION_ANSWERED", asWritten()),
          Map.entry("LEAD_CONVERTED", asWritten()),
          Map.entry("LEAD_LOST", asWritten()),
          Map.entry("LEAD_RECLAIMED", asWritten()),
          Map.entry("LEAD_STATUS_UPDATED", asWritten()),
          Map.entry("OFFBOARDING_REQUESTED", sentenceOnly()),
          Map.entry("ACCESS_REVOKED", asWritten()),
          Map.entry("DEALS_RELEASED", asWritten()),
          Map.entry("MDF_RESERVATIONS_CANCELLED", asWritten()),
          Map.entry("OFFBOARDED", sentenceOnly()));

  private PartnerFacingHistory() {}

  /**
   * The entries a partner user may see, in the given order.
   *
   * @param partnerUsername the partner user's login, whose own entries read "You"
   */
  public static List<Line> of(List<PartnerEvent> events, String partnerUsername) {
    return events.stream().flatMap(e -> line(e, partnerUsername).stream()).toList();
  }

  static Optional<Line> line(PartnerEvent event, String partnerUsername) {
    UnaryOperator<String> detail = SHOWN.get(event.getType());
    if (detail == null) {
      return Optional.empty();
    }
    String actor = event.getActor();
    boolean own = actor != null && (actor.equals(partnerUsername) || PARTNER_ACTORS.contains(actor));
    return Optional.of(
        new Line(event.getOccurredAt(), event.getType(), event.getStage(), own ? YOU : PARTNER_TEAM, detail.apply(event.getDetail())));
  }

  /** Whether partners see entries of this type at all. */
  public static boolean isPartnerFacing(String type) {
    return SHOWN.containsKey(type);
  }

  /** The types partners see. */
  static Set<String> partnerFacingTypes() {
    return SHOWN.keySet();
  }
}

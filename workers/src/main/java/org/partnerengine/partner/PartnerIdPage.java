package org.partnerengine.partner;

import java.util.List;
import java.util.function.Supplier;

/**
 * One page of a programme loop's partners, in id order: a loop reads its partners page by page so
 * no round puts every partner id into one process variable and one multi-instance.
 *
 * @param partnerIds at most a page of ids, ascending
 * @param afterPartnerId the cursor for the next page: the last id of this one (null when it is empty)
 * @param morePartners whether partners follow after this page
 */
public record PartnerIdPage(List<Long> partnerIds, Long afterPartnerId, boolean morePartners) {

  /** Where a page starts when there is no cursor: identity ids are positive. */
  public static final long FROM_THE_START = 0L;

  public PartnerIdPage {
    partnerIds = List.copyOf(partnerIds);
  }

  /** The cursor a query continues after: the one given, or the start of the programme. */
  public static long after(Long afterPartnerId) {
    return afterPartnerId == null ? FROM_THE_START : afterPartnerId;
  }

  /**
   * The id of the run a page belongs to: a later page (one with a cursor) keeps the id its run's
   * first page got, so a run that spans pages, or goes on past midnight or a quarter's end, stays
   * one run; a first page starts a new one.
   */
  public static String runOf(Long afterPartnerId, String run, Supplier<String> newRun) {
    return afterPartnerId != null && run != null ? run : newRun.get();
  }

  /**
   * The page from the ids a query read with one more than a page: the extra one, if found, says
   * that more partners follow without asking for a page that may be empty.
   */
  public static PartnerIdPage of(List<Long> pageAndOneMore, int pageSize) {
    boolean more = pageAndOneMore.size() > pageSize;
    List<Long> page = more ? pageAndOneMore.subList(0, pageSize) : pageAndOneMore;
    return new PartnerIdPage(page, page.isEmpty() ? null : page.get(page.size() - 1), more);
  }
}

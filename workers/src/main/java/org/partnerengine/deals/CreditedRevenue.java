package org.partnerengine.deals;

/**
 * The won revenue a partner is credited with: the whole of its verified wins that have no approved
 * revenue split, and its share of every verified win whose approved split names it (the owner's
 * share included). A co-seller's share counts in its tiers, rebates, scorecards and attention facts,
 * and the owner's sums lose the same amount: the programme's total is unchanged. Win counts stay
 * with the registering partner. Amounts are in the programme currency ({@link WonRevenue}).
 */
public final class CreditedRevenue {

  private CreditedRevenue() {}

  /**
   * One row, one column: a partner's credited won revenue of the deals last updated (closed) in
   * {@code [from, to)}. Parameters in order: partner id, from, to, partner id, from, to. Each half
   * reads one partner's rows through its (partner_id, ...) index.
   */
  public static String sumBetween(String programmeCurrency) {
    String revenue = WonRevenue.of(programmeCurrency);
    // Cast to money's scale: a share makes more decimals, and MySQL/MariaDB would answer them all.
    return "select cast(coalesce(sum(credited), 0) as decimal(19,2)) from ("
        + " select " + revenue + " as credited from deal"
        + " where partner_id = ? and status = 'WON' and updated_at >= ? and updated_at < ?"
        + " and not exists (select 1 from deal_split s where s.deal_id = deal.id and s.status = 'APPROVED')"
        + " union all"
        + " select " + revenue + " * sh.share_percent / 100 as credited from deal_split_share sh"
        + " join deal_split s on s.id = sh.split_id and s.status = 'APPROVED'"
        + " join deal on deal.id = s.deal_id"
        + " where sh.partner_id = ? and deal.status = 'WON' and deal.updated_at >= ? and deal.updated_at < ?"
        + ") credited_deals";
  }
}

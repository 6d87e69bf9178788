package org.partnerengine.paging;

import java.util.List;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page whose total was counted only up to a cap past the page. An exact count of a list that
 * can hold a hundred thousand rows reads all of them on every page, and nobody pages that far:
 * when {@link #isCapped()} the total says "at least this many".
 */
public final class CappedPage<T> extends PageImpl<T> {

  private final boolean capped;

  public CappedPage(List<T> content, Pageable pageable, long counted, boolean capped) {
    super(content, pageable, counted);
    this.capped = capped;
  }

  public boolean isCapped() {
    return capped;
  }
}

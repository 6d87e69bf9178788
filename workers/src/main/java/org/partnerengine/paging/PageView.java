package org.partnerengine.paging;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** One page of a list, as every list endpoint answers it. */
public record PageView<T>(List<T> content, PageInfo page) {

  public static final int MAX_SIZE = 100;

  /** The last page number a list takes: beyond it the offset would outgrow what a query can skip. */
  public static final int MAX_PAGE = 100_000;

  /**
   * {@code totalElementsCapped} is true (and otherwise absent) where the list counted its total
   * only so far past the page: there are at least {@code totalElements}.
   */
  public record PageInfo(int number, int size, long totalElements, int totalPages, Boolean totalElementsCapped) {
    public PageInfo(int number, int size, long totalElements, int totalPages) {
      this(number, size, totalElements, totalPages, null);
    }
  }

  public static <E, T> PageView<T> of(Page<E> page, Function<E, T> view) {
    Boolean capped = page instanceof CappedPage<?> counted && counted.isCapped() ? Boolean.TRUE : null;
    return new PageView<>(
        page.getContent().stream().map(view).toList(),
        new PageInfo(page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages(), capped));
  }

  public static <T> PageView<T> of(List<T> all, int number, int size) {
    int from = (int) Math.min((long) number * size, all.size());
    int to = Math.min(from + size, all.size());
    int totalPages = (all.size() + size - 1) / size;
    return new PageView<>(List.copyOf(all.subList(from, to)), new PageInfo(number, size, all.size(), totalPages));
  }
}

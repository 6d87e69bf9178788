package org.partnerengine.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** One page of a list, as every list endpoint answers it. */
public record PageView<T>(List<T> content, PageInfo page) {

  public static final int MAX_SIZE = 100;

  public record PageInfo(int number, int size, long totalElements, int totalPages) {}

  public static <E, T> PageView<T> of(Page<E> page, Function<E, T> view) {
    return new PageView<>(
        page.getContent().stream().map(view).toList(),
        new PageInfo(page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages()));
  }

  public static <T> PageView<T> of(List<T> all, int number, int size) {
    int from = (int) Math.min((long) number * size, all.size());
    int to = Math.min(from + size, all.size());
    int totalPages = (all.size() + size - 1) / size;
    return new PageView<>(List.copyOf(all.subList(from, to)), new PageInfo(number, size, all.size(), totalPages));
  }
}

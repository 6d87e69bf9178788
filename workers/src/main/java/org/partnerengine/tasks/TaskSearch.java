package org.partnerengine.tasks;

import org.partnerengine.paging.CappedPage;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;

/** The inbox's page query: the page, and its total counted only so far past it. */
interface TaskSearch {

  /** How many matching tasks past the page are counted before the total is given as a lower bound. */
  int COUNT_CAP = 1000;

  CappedPage<UserTask> findPage(Specification<UserTask> filters, Pageable pageable);
}

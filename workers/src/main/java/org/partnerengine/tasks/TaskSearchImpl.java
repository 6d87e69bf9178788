package org.partnerengine.tasks;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;
import org.partnerengine.paging.CappedPage;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;

/**
 * Counts by reading at most {@link #COUNT_CAP} ids past the page through the same filters, so a
 * group with 100 000 open tasks costs a page and a thousand index entries, not a pass over all.
 */
class TaskSearchImpl implements TaskSearch {

  private final EntityManager entityManager;

  TaskSearchImpl(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public CappedPage<UserTask> findPage(Specification<UserTask> filters, Pageable pageable) {
    CriteriaBuilder where = entityManager.getCriteriaBuilder();

    CriteriaQuery<UserTask> page = where.createQuery(UserTask.class);
    Root<UserTask> task = page.from(UserTask.class);
    page.select(task).where(filters.toPredicate(task, page, where)).orderBy(QueryUtils.toOrders(pageable.getSort(), task, where));
    List<UserTask> content =
        entityManager.createQuery(page).setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize()).getResultList();

    boolean lastPage = content.size() < pageable.getPageSize() && (!content.isEmpty() || pageable.getOffset() == 0);
    if (lastPage) {
      return new CappedPage<>(content, pageable, pageable.getOffset() + content.size(), false);
    }
    CriteriaQuery<Long> ids = where.createQuery(Long.class);
    Root<UserTask> counting = ids.from(UserTask.class);
    ids.select(counting.get("id")).where(filters.toPredicate(counting, ids, where));
    int limit = Math.toIntExact(pageable.getOffset() + pageable.getPageSize() + COUNT_CAP + 1);
    int found = entityManager.createQuery(ids).setMaxResults(limit).getResultList().size();
    boolean capped = found == limit;
    return new CappedPage<>(content, pageable, capped ? limit - 1 : found, capped);
  }
}

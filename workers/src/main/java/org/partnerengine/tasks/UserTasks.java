package org.partnerengine.tasks;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partnerengine.paging.CappedPage;
import org.partnerengine.paging.IndexOrder;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserTasks extends JpaRepository<UserTask, Long>, JpaSpecificationExecutor<UserTask>, TaskSearch {

  // JPQL, not derived: Hibernate keeps the translation of a query string; a derived query is
  // translated again on every call, and this one runs for every lifecycle.
  @Query("select t from UserTask t where t.jobKey = :jobKey")
  Optional<UserTask> findByJobKey(@Param("jobKey") long jobKey);

  /** Tasks offered to a group that arrived in [from, to) and are still open, oldest first. */
  @Query(
      "select t from UserTask t join t.candidateGroups g where g = :group and t.createdAt >= :from and t.createdAt < :to"
          + " and t.state = org.partnerengine.tasks.TaskState.CREATED order by t.createdAt, t.id")
  List<UserTask> findOpenOfferedToGroupCreatedBetween(
      @Param("group") String group, @Param("from") Instant from, @Param("to") Instant to);

  List<UserTask> findByPartnerIdAndStateOrderByIdAsc(long partnerId, TaskState state);

  /** The task completed last in a process instance: whose decision a step records. */
  Optional<UserTask> findFirstByProcessInstanceKeyAndStateOrderByCompletedAtDescIdDesc(
      long processInstanceKey, TaskState state);

  Optional<UserTask> findFirstByProcessInstanceKeyAndElementIdAndStateOrderByIdDesc(
      long processInstanceKey, String elementId, TaskState state);

  /** Who completed the task completed last in a process instance, if anyone did. */
  default Optional<String> lastDecidedBy(long processInstanceKey) {
    return findFirstByProcessInstanceKeyAndStateOrderByCompletedAtDescIdDesc(processInstanceKey, TaskState.COMPLETED)
        .map(UserTask::getCompletedBy);
  }

  /**
   * The inbox, filtered. With {@code restrictToGroups} only the tasks offered to one of the
   * groups (or assigned to {@code user}) are listed. Only the filters given become conditions, so
   * the database can serve the state and partner filters from their indexes. The total is counted
   * up to {@link TaskSearch#COUNT_CAP} past the page.
   */
  default CappedPage<UserTask> search(
      TaskState state,
      Long partnerId,
      String assignee,
      String candidateGroup,
      boolean restrictToGroups,
      String user,
      Collection<String> groups,
      Pageable pageable) {
    Specification<UserTask> filters =
        (task, query, where) -> {
          List<Predicate> conditions = new ArrayList<>();
          if (state != null) {
            conditions.add(where.equal(task.get("state"), state));
          }
          if (partnerId != null) {
            conditions.add(where.equal(task.get("partnerId"), partnerId));
          }
          if (assignee != null) {
            conditions.add(where.equal(task.get("assignee"), assignee));
          }
          if (candidateGroup != null) {
            conditions.add(where.exists(offeredTo(task, query, where, List.of(candidateGroup))));
          }
          if (restrictToGroups) {
            Predicate assignedToUser = where.equal(task.get("assignee"), user);
            conditions.add(
                groups == null || groups.isEmpty()
                    ? assignedToUser
                    : where.or(assignedToUser, where.exists(offeredTo(task, query, where, groups))));
          }
          return where.and(conditions.toArray(Predicate[]::new));
        };
    return findPage(filters, IndexOrder.leadingWith(pageable, indexPrefix(state, partnerId, assignee)));
  }

  /** The equal-filtered leading columns of the index that serves these filters (see {@link IndexOrder}). */
  private static List<String> indexPrefix(TaskState state, Long partnerId, String assignee) {
    String leading = partnerId != null ? "partnerId" : assignee != null ? "assignee" : null;
    if (leading == null) {
      return state == null ? List.of() : List.of("state");
    }
    return state == null ? List.of() : List.of(leading, "state");
  }

  /** Offered to one of the groups: a look-up in the task's own group rows, by their key. */
  private static Subquery<Integer> offeredTo(Root<UserTask> task, CriteriaQuery<?> query, CriteriaBuilder where, Collection<String> groups) {
    Subquery<Integer> offered = query.subquery(Integer.class);
    Join<UserTask, String> group = offered.correlate(task).join("candidateGroups");
    return offered.select(where.literal(1)).where(group.in(groups));
  }

  /**
   * Takes the task out of the inbox before its job is completed: of two concurrent completions
   * exactly one changes the row.
   */
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query(
      """
      update UserTask t set t.state = org.partnerengine.tasks.TaskState.COMPLETED,
        t.completedAt = :at, t.completedBy = :user, t.version = t.version + 1
      where t.id = :id and t.version = :version
        and t.state = org.partnerengine.tasks.TaskState.CREATED
      """)
  int markCompleted(
      @Param("id") long id, @Param("version") long version, @Param("user") String user, @Param("at") Instant at);

  /** Gives a task back to the inbox when the engine could not take its completion. */
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query(
      """
      update UserTask t set t.state = org.partnerengine.tasks.TaskState.CREATED,
        t.completedAt = null, t.completedBy = null, t.version = t.version + 1
      where t.id = :id and t.state = org.partnerengine.tasks.TaskState.COMPLETED
      """)
  int reopen(@Param("id") long id);

  /** Takes open tasks whose jobs the engine cancelled out of the inbox; answers how many were open. */
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query(
      """
      update UserTask t set t.state = org.partnerengine.tasks.TaskState.CANCELED,
        t.canceledAt = :at, t.version = t.version + 1
      where t.jobKey in :jobKeys and t.state = org.partnerengine.tasks.TaskState.CREATED
      """)
  int cancelByJobKeys(@Param("jobKeys") Collection<Long> jobKeys, @Param("at") Instant at);

  /** Takes open tasks of element instances the engine terminated out of the inbox. */
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query(
      """
      update UserTask t set t.state = org.partnerengine.tasks.TaskState.CANCELED,
        t.canceledAt = :at, t.version = t.version + 1
      where t.elementInstanceKey in :keys and t.state = org.partnerengine.tasks.TaskState.CREATED
      """)
  int cancelByElementInstanceKeys(@Param("keys") Collection<Long> elementInstanceKeys, @Param("at") Instant at);

  /** Open tasks whose element instance completed without this app: completed in Camunda Tasklist. */
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query(
      """
      update UserTask t set t.state = org.partnerengine.tasks.TaskState.COMPLETED,
        t.completedAt = :at, t.version = t.version + 1
      where t.elementInstanceKey in :keys and t.state = org.partnerengine.tasks.TaskState.CREATED
      """)
  int completeElsewhereByElementInstanceKeys(@Param("keys") Collection<Long> elementInstanceKeys, @Param("at") Instant at);

  @Query("select min(t.createdAt) from UserTask t where t.state = org.partnerengine.tasks.TaskState.CREATED")
  Instant oldestOpenCreatedAt();

  /** Which of these jobs have a task in the inbox, in any state. */
  @Query("select t.jobKey from UserTask t where t.jobKey in :jobKeys")
  Set<Long> findJobKeysIn(@Param("jobKeys") Collection<Long> jobKeys);
}

package org.partnerengine.tasks;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserTasks extends JpaRepository<UserTask, Long> {

  Optional<UserTask> findByJobKey(long jobKey);

  List<UserTask> findByPartnerIdAndStateOrderByIdAsc(long partnerId, TaskState state);

  /**
   * The inbox, filtered. With {@code restrictToGroups} only the tasks offered to one of the
   * groups (or assigned to {@code user}) are listed.
   */
  @Query(
      value =
          """
          select t from UserTask t
          where (:state is null or t.state = :state)
            and (:partnerId is null or t.partnerId = :partnerId)
            and (:assignee is null or t.assignee = :assignee)
            and (:candidateGroup is null
                 or exists (select 1 from UserTask c join c.candidateGroups g where c = t and g = :candidateGroup))
            and (:restrictToGroups = false
                 or t.assignee = :user
                 or exists (select 1 from UserTask o join o.candidateGroups h where o = t and h in :groups))
          """)
  Page<UserTask> search(
      @Param("state") TaskState state,
      @Param("partnerId") Long partnerId,
      @Param("assignee") String assignee,
      @Param("candidateGroup") String candidateGroup,
      @Param("restrictToGroups") boolean restrictToGroups,
      @Param("user") String user,
      @Param("groups") Collection<String> groups,
      Pageable pageable);

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
}

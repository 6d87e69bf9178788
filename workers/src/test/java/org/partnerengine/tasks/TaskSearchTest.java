package org.partnerengine.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.paging.CappedPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

@DatabaseTest
class TaskSearchTest {

  private static final int APPROVALS = TaskSearch.COUNT_CAP + 50;

  @Autowired UserTasks tasks;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void aLargeApprovalQueueAndAFewFinanceTasks() {
    insert("Task_ApproveApplication", "CREATED", null, APPROVALS);
    insert("Task_VerifyBankingDetails", "CREATED", null, 3);
    insert("Task_VerifyBankingDetails", "COMPLETED", null, 2);
    insert("Task_HoldKickoffCall", "CREATED", "approver", 1);
    offer("Task_ApproveApplication", "channel-approvers");
    offer("Task_VerifyBankingDetails", "finance");
  }

  @Test
  void aPageOfALongQueueCountsOnlyAThousandPastItselfAndSaysSo() {
    CappedPage<UserTask> first = inboxOf("approver", Set.of("channel-approvers"), TaskState.CREATED, 0);

    assertThat(first.getContent()).hasSize(20).allMatch(t -> t.getCandidateGroups().contains("channel-approvers") || "approver".equals(t.getAssignee()));
    assertThat(first.isCapped()).isTrue();
    assertThat(first.getTotalElements()).isEqualTo(20 + TaskSearch.COUNT_CAP);
  }

  @Test
  void theLastPagesOfALongQueueCountExactly() {
    int lastPage = (APPROVALS + 1) / 20; // the approvals and the kickoff assigned to the approver
    CappedPage<UserTask> last = inboxOf("approver", Set.of("channel-approvers"), TaskState.CREATED, lastPage);
    CappedPage<UserTask> pastTheEnd = inboxOf("approver", Set.of("channel-approvers"), TaskState.CREATED, lastPage + 3);

    assertThat(last.isCapped()).isFalse();
    assertThat(last.getTotalElements()).isEqualTo(APPROVALS + 1);
    assertThat(last.getContent()).hasSize((APPROVALS + 1) % 20);
    assertThat(pastTheEnd.getContent()).isEmpty();
    assertThat(pastTheEnd.isCapped()).isFalse();
    assertThat(pastTheEnd.getTotalElements()).isEqualTo(APPROVALS + 1);
  }

  @Test
  void aShortListIsCountedExactlyAndHoldsOnlyWhatTheGroupIsOffered() {
    CappedPage<UserTask> open = inboxOf("finance", Set.of("finance"), TaskState.CREATED, 0);
    CappedPage<UserTask> all = inboxOf("finance", Set.of("finance"), null, 0);

    assertThat(open.isCapped()).isFalse();
    assertThat(open.getContent()).extracting(UserTask::getElementId).containsOnly("Task_VerifyBankingDetails").hasSize(3);
    assertThat(all.getTotalElements()).isEqualTo(5);
  }

  @Test
  void aFullPageWithNothingAfterItIsExact() {
    CappedPage<UserTask> page =
        tasks.search(TaskState.CREATED, null, null, "finance", true, "finance", Set.of("finance"), PageRequest.of(0, 3, Sort.by("id")));

    assertThat(page.getContent()).hasSize(3);
    assertThat(page.isCapped()).isFalse();
    assertThat(page.getTotalElements()).isEqualTo(3);
    assertThat(page.getTotalPages()).isEqualTo(1);
  }

  private CappedPage<UserTask> inboxOf(String user, Set<String> groups, TaskState state, int page) {
    return tasks.search(state, null, null, null, true, user, groups, PageRequest.of(page, 20, Sort.by("id")));
  }

  private void insert(String elementId, String state, String assignee, int count) {
    Timestamp now = Timestamp.from(Instant.parse("2026-03-01T10:00:00Z"));
    long firstKey = jdbc.queryForObject("select coalesce(max(job_key), 0) + 1 from user_task", Long.class);
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(new Object[] {firstKey + i, elementId, "partner-onboarding", firstKey + i, state, assignee, now});
    }
    jdbc.batchUpdate(
        "insert into user_task (job_key, element_id, bpmn_process_id, process_definition_key, process_instance_key,"
            + " state, assignee, created_at, version) values (?, ?, ?, 1, ?, ?, ?, ?, 0)",
        rows);
  }

  private void offer(String elementId, String group) {
    jdbc.update(
        "insert into user_task_candidate_group (user_task_id, group_name) select id, ? from user_task where element_id = ?",
        group,
        elementId);
  }
}

package org.partnerengine.tasks;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerengine.paging.CappedPage;
import org.partnerengine.web.ApiSliceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(TaskController.class)
@ApiSliceTest
class TaskControllerTest {

  @Autowired MockMvc mvc;
  @MockitoBean TaskInbox inbox;

  @Test
  void anApproverListsOnlyTheTasksOfItsGroupsAndAManagerListsAll() throws Exception {
    when(inbox.search(any(), any())).thenReturn(new CappedPage<>(List.of(), PageRequest.of(0, 20), 0, false));

    mvc.perform(get("/api/tasks?state=CREATED").with(httpBasic("approver", "approver")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page.totalElements").value(0))
        .andExpect(jsonPath("$.page.totalElementsCapped").doesNotExist());
    org.mockito.Mockito.verify(inbox)
        .search(
            eq(new TaskInbox.TaskQuery(TaskState.CREATED, null, null, null, "approver", Set.of("channel-approvers"))),
            any());
    mvc.perform(get("/api/tasks").with(httpBasic("manager", "manager"))).andExpect(status().isOk());
    org.mockito.Mockito.verify(inbox)
        .search(eq(new TaskInbox.TaskQuery(null, null, null, null, "manager", null)), any());
  }

  @Test
  void aQueueCountedOnlyInPartSaysItsTotalIsALowerBound() throws Exception {
    when(inbox.search(any(), any())).thenReturn(new CappedPage<>(List.of(), PageRequest.of(0, 20), 1020, true));

    mvc.perform(get("/api/tasks?state=CREATED").with(httpBasic("approver", "approver")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page.totalElements").value(1020))
        .andExpect(jsonPath("$.page.totalElementsCapped").value(true));
  }

  @Test
  void badFiltersAre400NamingTheParameter() throws Exception {
    mvc.perform(get("/api/tasks?state=DONE").with(httpBasic("approver", "approver")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("state"));
    mvc.perform(get("/api/tasks?size=0").with(httpBasic("approver", "approver")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("size"));
    mvc.perform(get("/api/tasks?partnerId=x").with(httpBasic("approver", "approver")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("partnerId"));
    mvc.perform(get("/api/tasks?page=2147483647&size=100").with(httpBasic("approver", "approver")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("page"));
  }

  @Test
  void completionAnswersFormErrorsConflictsAndForeignGroupsAsProblems() throws Exception {
    UserTask task = mock(UserTask.class);
    when(task.isOfferedTo(eq("approver"), any())).thenReturn(true);
    when(inbox.require(1)).thenReturn(task);
    when(inbox.complete(eq(task), eq("approver"), any(), any()))
        .thenThrow(new InvalidTaskInput(List.of(new FormViolation("decision", "is required"))))
        .thenThrow(new TaskConflict(1L, "is claimed by someone"));

    mvc.perform(complete(1, "{\"variables\":{}}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("decision"));
    mvc.perform(complete(1, "{\"variables\":{\"decision\":\"approve\"}}")).andExpect(status().isConflict());
    mvc.perform(complete(1, "{}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("variables"));
    mvc.perform(complete(1, "{\"variables\":[1,2]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("variables"));

    UserTask foreign = mock(UserTask.class);
    when(inbox.require(2)).thenReturn(foreign);
    mvc.perform(complete(2, "{\"variables\":{}}")).andExpect(status().isForbidden());
    when(inbox.require(anyLong())).thenThrow(new TaskNotFound(3));
    mvc.perform(complete(3, "{\"variables\":{}}")).andExpect(status().isNotFound());
  }

  @Test
  void aTaskWhoseFormIsUnknownIs409FormUnknownAndATaskWithoutAFormNamesTheRefusedVariable() throws Exception {
    UserTask task = mock(UserTask.class);
    when(task.isOfferedTo(eq("approver"), any())).thenReturn(true);
    when(inbox.require(1)).thenReturn(task);
    when(inbox.complete(eq(task), eq("approver"), any(), any()))
        .thenThrow(new FormUnknown(1L, "2251799813685300"))
        .thenThrow(new InvalidTaskInput(List.of(new FormViolation("partnerId", "is not taken: this task has no form"))));

    mvc.perform(complete(1, "{\"variables\":{\"approved\":true}}"))
        .andExpect(status().isConflict())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Form unknown"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("form 2251799813685300")));
    mvc.perform(complete(1, "{\"variables\":{\"partnerId\":1}}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("partnerId"));
  }

  private static org.springframework.test.web.servlet.RequestBuilder complete(long id, String body) {
    return post("/api/tasks/" + id + "/complete")
        .with(httpBasic("approver", "approver"))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }
}

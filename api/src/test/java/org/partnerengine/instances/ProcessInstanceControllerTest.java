package org.partnerengine.instances;

import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.camunda.client.CamundaClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnerengine.instances.ProcessInstanceView.IncidentView;
import org.partnerengine.instances.ProcessInstanceView.InstanceState;
import org.partnerengine.web.ApiSliceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ProcessInstanceController.class)
@ApiSliceTest
class ProcessInstanceControllerTest {

  @Autowired MockMvc mvc;
  @MockitoBean ProcessInstanceReader instances;
  @MockitoBean CamundaClient camunda;

  @Test
  void showsAnInstanceWithItsIncidentsAndVariables() throws Exception {
    when(instances.find(7))
        .thenReturn(
            Optional.of(
                new ProcessInstanceView(
                    7, "partner-lifecycle", 2, InstanceState.ACTIVE, List.of("Task_EnrichApplication"),
                    List.of("StartEvent_ApplicationReceived", "Flow_ToEnrich"),
                    List.of(new IncidentView(9, "Task_EnrichApplication", "JOB_NO_RETRIES", "CRM down", 8)),
                    Map.of("partnerId", 5))));

    mvc.perform(get("/api/process-instances/7").with(httpBasic("manager", "manager")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.key").value(7))
        .andExpect(jsonPath("$.version").value(2))
        .andExpect(jsonPath("$.state").value("ACTIVE"))
        .andExpect(jsonPath("$.activeElementIds[0]").value("Task_EnrichApplication"))
        .andExpect(jsonPath("$.completedElementIds[1]").value("Flow_ToEnrich"))
        .andExpect(jsonPath("$.incidents[0].errorMessage").value("CRM down"))
        .andExpect(jsonPath("$.variables.partnerId").value(5));
  }

  @Test
  void unknownOrMalformedKeysAreProblems() throws Exception {
    when(instances.find(8)).thenReturn(Optional.empty());

    mvc.perform(get("/api/process-instances/8").with(httpBasic("designer", "designer")))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(get("/api/process-instances/eight").with(httpBasic("designer", "designer")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("key"));
    mvc.perform(post("/api/process-instances/8/incidents/x/resolve").with(httpBasic("designer", "designer")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("incidentKey"));
    mvc.perform(get("/api/process-instances?partnerId=-1").with(httpBasic("designer", "designer")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("partnerId"));
    mvc.perform(get("/api/process-instances/8").with(httpBasic("approver", "approver")))
        .andExpect(status().isForbidden());
  }
}

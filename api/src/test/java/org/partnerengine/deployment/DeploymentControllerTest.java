package org.partnerengine.deployment;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.partnerengine.engine.ProcessStarter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnerengine.web.ApiSliceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest({DeploymentController.class, ProcessController.class})
@ApiSliceTest
class DeploymentControllerTest {

  @Autowired MockMvc mvc;
  @MockitoBean Deployments deployments;
  @MockitoBean ProcessStarter engine;
  @MockitoBean TrustedProcesses trusted;
  @MockitoBean DeploymentRequests requests;

  @Test
  void storesANewVersionOfAProductProcessAsARequestWithoutDeployingIt() throws Exception {
    when(trusted.isBusinessProcess("partner-offboarding")).thenReturn(true);
    when(requests.request(any(), any(), any()))
        .thenReturn(
            new DeploymentRequest(
                5, List.of("partner-offboarding"), List.of("offboarding.bpmn"), "designer", java.time.Instant.EPOCH,
                DeploymentRequest.Status.PENDING, null, null, null, "A new version of partner-offboarding", null, null));
    String copy =
        io.camunda.zeebe.model.bpmn.Bpmn.convertToString(
            io.camunda.zeebe.model.bpmn.Bpmn.createExecutableProcess("partner-offboarding").startEvent().endEvent().done());

    mvc.perform(multipart("/api/deployments").file(file("offboarding.bpmn", copy)).with(httpBasic("designer", "designer")))
        .andExpect(status().isAccepted())
        .andExpect(header().string("Location", "/api/deployment-requests/5"))
        .andExpect(jsonPath("$.id").value(5))
        .andExpect(jsonPath("$.status").value("PENDING"));
    org.mockito.Mockito.verify(requests).request(any(), org.mockito.ArgumentMatchers.eq(List.of("partner-offboarding")), org.mockito.ArgumentMatchers.eq("designer"));
    org.mockito.Mockito.verify(deployments, org.mockito.Mockito.never()).deploy(any());
  }

  @Test
  void deploysModelFilesAndAnswers201WithWhatWasDeployed() throws Exception {
    when(deployments.deploy(any()))
        .thenReturn(
            new DeploymentResult(
                1, List.of(new DeploymentResult.Item("partner-lifecycle", 3, 11, "partner-lifecycle.bpmn")), List.of(), List.of()));

    mvc.perform(multipart("/api/deployments").file(file("partner-lifecycle.bpmn", "<xml/>")).with(httpBasic("designer", "designer")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.processes[0].id").value("partner-lifecycle"))
        .andExpect(jsonPath("$.processes[0].version").value(3));
  }

  @Test
  void refusesOtherFilesEmptyUploadsAndTheEnginesRejectionsAs400() throws Exception {
    mvc.perform(multipart("/api/deployments").file(file("script.sh", "rm -rf /")).with(httpBasic("designer", "designer")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].message").value("must be a .bpmn, .dmn or .form file: script.sh"));
    mvc.perform(multipart("/api/deployments").with(httpBasic("designer", "designer")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("files"));
    mvc.perform(post("/api/deployments").with(httpBasic("designer", "designer")).contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isUnsupportedMediaType());
    verifyNoInteractions(deployments);

    when(deployments.deploy(any())).thenThrow(new InvalidDeployment("Element 'Flow_1' references unknown 'Task_X'"));
    mvc.perform(multipart("/api/deployments").file(file("broken.bpmn", "<xml/>")).with(httpBasic("designer", "designer")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("Element 'Flow_1' references unknown 'Task_X'"));
  }

  @Test
  void onlyDesignersDeploy() throws Exception {
    mvc.perform(multipart("/api/deployments").file(file("a.bpmn", "<xml/>")).with(httpBasic("manager", "manager")))
        .andExpect(status().isForbidden());
    mvc.perform(multipart("/api/deployments").file(file("a.bpmn", "<xml/>"))).andExpect(status().isUnauthorized());
  }

  @Test
  void servesAProcessVersionsXmlOr404() throws Exception {
    when(deployments.process("partner-lifecycle", 2))
        .thenReturn(Optional.of(new DeployedProcess(11, "partner-lifecycle", 2, "partner-lifecycle.bpmn", "<definitions/>", Map.of())));
    when(deployments.process("partner-lifecycle", 9)).thenReturn(Optional.empty());

    mvc.perform(get("/api/processes/partner-lifecycle/xml?version=2").with(httpBasic("designer", "designer")))
        .andExpect(status().isOk())
        .andExpect(content().string("<definitions/>"));
    mvc.perform(get("/api/processes/partner-lifecycle/xml?version=9").with(httpBasic("designer", "designer")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/processes/partner-lifecycle/xml?version=zero").with(httpBasic("designer", "designer")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("version"));
  }

  private static MockMultipartFile file(String name, String content) {
    return new MockMultipartFile("files", name, MediaType.APPLICATION_OCTET_STREAM_VALUE, content.getBytes());
  }
}

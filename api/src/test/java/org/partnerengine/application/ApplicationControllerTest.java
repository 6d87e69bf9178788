package org.partnerengine.application;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.partnerengine.Requests;
import org.partnerengine.idempotency.IdempotencyConflict;
import org.partnerengine.idempotency.Replays;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.partner.Stage;
import org.partnerengine.recruitment.ApplicationReceipt;
import org.partnerengine.recruitment.PartnerApplications;
import org.partnerengine.web.ApiSliceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ApplicationController.class)
@ApiSliceTest
class ApplicationControllerTest {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @MockitoBean PartnerApplications applications;
  @MockitoBean Replays replays;

  @Test
  void aReplayAnswersWithTheStoredStatusBodyAndLocation() throws Exception {
    when(replays.once(eq("POST /api/applications"), eq("k-1"), any(), any()))
        .thenReturn(new Replays.Answer(201, "{\"partnerId\":5,\"processInstanceKey\":9,\"stage\":\"RECRUIT\"}", "/api/partners/5"));

    mvc.perform(apply().header("Idempotency-Key", "k-1"))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/partners/5"))
        .andExpect(jsonPath("$.partnerId").value(5));
    verifyNoInteractions(applications);
  }

  @Test
  void aStartTakenInTimeIs201WithTheInstanceKey() throws Exception {
    when(applications.apply(any())).thenReturn(new ApplicationReceipt(5, 9L, Stage.RECRUIT));

    mvc.perform(apply())
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/partners/5"))
        .andExpect(jsonPath("$.processInstanceKey").value(9));
  }

  @Test
  void aStartStillUnderWayIs202WithThePartnerAndNoInstanceKeyYet() throws Exception {
    when(applications.apply(any())).thenReturn(new ApplicationReceipt(6, null, Stage.RECRUIT));

    mvc.perform(apply())
        .andExpect(status().isAccepted())
        .andExpect(header().string("Location", "/api/partners/6"))
        .andExpect(jsonPath("$.partnerId").value(6))
        .andExpect(jsonPath("$.processInstanceKey").doesNotExist())
        .andExpect(jsonPath("$.stage").value("RECRUIT"));
  }

  @Test
  void tooManyStartsWaitingIs503WithRetryAfter() throws Exception {
    when(applications.apply(any())).thenThrow(new EngineUnavailable("The engine has 1000 lifecycle starts waiting already", null));

    mvc.perform(apply())
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().exists("Retry-After"))
        .andExpect(jsonPath("$.status").value(503));
  }

  @Test
  void aWriteTheDatabaseGaveUpForAnotherIs503WithRetryAfter() throws Exception {
    when(applications.apply(any())).thenThrow(new CannotAcquireLockException("Deadlock found when trying to get lock"));

    mvc.perform(apply())
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().string("Retry-After", "1"))
        .andExpect(jsonPath("$.title").value("Busy"));
  }

  @Test
  void aKeyUsedWithAnotherBodyIs422AndABadKeyIs400() throws Exception {
    when(replays.once(any(), eq("k-2"), any(), any()))
        .thenThrow(new IdempotencyConflict("This Idempotency-Key was used with a different request body", false));

    mvc.perform(apply().header("Idempotency-Key", "k-2")).andExpect(status().isUnprocessableEntity());
    mvc.perform(apply().header("Idempotency-Key", "x".repeat(101)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
  }

  private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder apply() throws Exception {
    return post("/api/applications")
        .contentType(MediaType.APPLICATION_JSON)
        .content(json.writeValueAsString(Requests.application()));
  }
}

package org.partnerengine.mdf;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.partnerengine.web.ApiSliceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(MdfController.class)
@ApiSliceTest
class MdfControllerTest {

  @Autowired MockMvc mvc;
  @MockitoBean MdfRequests requests;
  @MockitoBean MdfRequestRepository stored;

  @Test
  void badRequestsAre400NamingTheFieldAndReachNoService() throws Exception {
    mvc.perform(request(1, "{\"activity\":\"Webinar\",\"amount\":-5,\"plannedDate\":\"2030-01-01\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("amount"));
    mvc.perform(request(1, "{\"activity\":\"Webinar\",\"amount\":500,\"plannedDate\":\"2001-01-01\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("plannedDate"));
    mvc.perform(request(1, "{\"activity\":\"Webinar\",\"amount\":500,\"plannedDate\":\"2030-01-01\",\"currency\":\"XYZ\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("currency"))
        .andExpect(jsonPath("$.errors[0].message").value("must be an ISO 4217 currency code such as EUR"));
    mvc.perform(request(1, "{\"activity\":\"Webinar\",\"amount\":500}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("plannedDate"));
    verify(requests, never()).request(anyLong(), any());
  }

  @Test
  void aClaimOnAnUnknownRequestIs404() throws Exception {
    when(stored.require(8)).thenThrow(new MdfRequestNotFound(8));

    mvc.perform(post("/api/mdf-requests/8/claims").contentType(MediaType.APPLICATION_JSON)
            .content("{\"proofOfPerformance\":\"https://x.example/p\",\"amountClaimed\":100}")
            .with(httpBasic("manager", "manager")))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void approversCannotRequestFunds() throws Exception {
    mvc.perform(post("/api/partners/1/mdf-requests").contentType(MediaType.APPLICATION_JSON)
            .content("{\"activity\":\"Webinar\",\"amount\":500,\"plannedDate\":\"2030-01-01\"}")
            .with(httpBasic("finance", "finance")))
        .andExpect(status().isForbidden());
  }

  @Test
  void aValidClaimIsAccepted() throws Exception {
    MdfRequest request = mock(MdfRequest.class);
    when(request.getPartnerId()).thenReturn(2L);
    when(stored.require(3)).thenReturn(request);

    mvc.perform(post("/api/mdf-requests/3/claims").contentType(MediaType.APPLICATION_JSON)
            .content("{\"proofOfPerformance\":\"https://x.example/p\",\"amountClaimed\":100}")
            .with(httpBasic("manager", "manager")))
        .andExpect(status().isAccepted());
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request(long partnerId, String body) {
    return post("/api/partners/" + partnerId + "/mdf-requests")
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .with(httpBasic("manager", "manager"));
  }
}

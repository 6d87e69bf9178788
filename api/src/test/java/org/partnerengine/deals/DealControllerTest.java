package org.partnerengine.deals;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

@WebMvcTest(DealController.class)
@ApiSliceTest
class DealControllerTest {

  @Autowired MockMvc mvc;
  @MockitoBean DealRegistrations registrations;
  @MockitoBean Deals deals;

  @Test
  void aRegistrationIsAcceptedWithTheDealAndItsProcess() throws Exception {
    when(registrations.register(anyLong(), any())).thenReturn(new DealReceipt(5, 77L, DealStatus.REGISTERED));

    mvc.perform(register(1, validDeal()).with(httpBasic("manager", "manager")))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.dealId").value(5))
        .andExpect(jsonPath("$.processInstanceKey").value(77));
  }

  @Test
  void badRegistrationsAre400NamingTheFieldAndReachNoService() throws Exception {
    mvc.perform(register(1, "{\"customerName\":\"Globex\",\"customerDomain\":\"not a domain\",\"amount\":10,\"expectedCloseDate\":\"2030-01-01\"}")
            .with(httpBasic("manager", "manager")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("customerDomain"));
    mvc.perform(register(1, "{\"customerName\":\"Globex\",\"customerDomain\":\"globex.example\",\"amount\":\"lots\",\"expectedCloseDate\":\"2030-01-01\"}")
            .with(httpBasic("manager", "manager")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("amount"));
    mvc.perform(register(1, "{\"customerName\":\"Globex\",\"customerDomain\":\"globex.example\",\"amount\":10,\"currency\":\"XYZ\",\"expectedCloseDate\":\"2030-01-01\"}")
            .with(httpBasic("manager", "manager")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("currency"))
        .andExpect(jsonPath("$.errors[0].message").value("must be an ISO 4217 currency code such as EUR"));
    mvc.perform(post("/api/deals/1/outcome").contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"MAYBE\"}")
            .with(httpBasic("manager", "manager")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("outcome"));
    verify(registrations, never()).register(anyLong(), any());
  }

  @Test
  void onlyManagersAndPartnersRegisterAndApproversOnlyRead() throws Exception {
    mvc.perform(register(1, validDeal()).with(httpBasic("approver", "approver"))).andExpect(status().isForbidden());
    mvc.perform(register(1, validDeal()).with(httpBasic("designer", "designer"))).andExpect(status().isForbidden());
    mvc.perform(register(1, validDeal())).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/partners/1/deals").with(httpBasic("approver", "approver"))).andExpect(status().isOk());
  }

  @Test
  void anUnknownDealIs404() throws Exception {
    when(deals.require(9)).thenThrow(new DealNotFound(9));

    mvc.perform(post("/api/deals/9/extension").with(httpBasic("manager", "manager")))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void aManagerReportsTheOutcomeOfAnyDeal() throws Exception {
    Deal deal = mock(Deal.class);
    when(deal.getPartnerId()).thenReturn(3L);
    when(deals.require(4)).thenReturn(deal);

    mvc.perform(post("/api/deals/4/outcome").contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"WON\",\"amount\":1200}")
            .with(httpBasic("manager", "manager")))
        .andExpect(status().isAccepted());
    verify(registrations).reportOutcome(4, DealOutcome.WON, new java.math.BigDecimal("1200"), OutcomeReporter.MANAGER, "manager");
  }

  @Test
  void theCrmReportsTheOutcomeOfAnyDealAsItsOwnVouchedReport() throws Exception {
    mvc.perform(post("/api/deals/4/outcome").contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"WON\",\"amount\":1200}")
            .with(httpBasic("crm", "crm")))
        .andExpect(status().isAccepted());
    verify(registrations).reportOutcome(4, DealOutcome.WON, new java.math.BigDecimal("1200"), OutcomeReporter.CRM, "crm");
  }

  @Test
  void theTrainingPlatformReportsNoDealOutcome() throws Exception {
    mvc.perform(post("/api/deals/4/outcome").contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"WON\"}")
            .with(httpBasic("training", "training")))
        .andExpect(status().isForbidden())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    verify(registrations, never()).reportOutcome(anyLong(), any(), any(), any(), any());
  }

  private static String validDeal() {
    return "{\"customerName\":\"Globex\",\"customerDomain\":\"globex.example\",\"amount\":1000,\"expectedCloseDate\":\"2030-01-01\"}";
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder register(long partnerId, String body) {
    return post("/api/partners/" + partnerId + "/deals").contentType(MediaType.APPLICATION_JSON).content(body);
  }
}

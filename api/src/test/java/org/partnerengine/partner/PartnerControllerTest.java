package org.partnerengine.partner;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnerengine.account.AccountService;
import org.partnerengine.account.AccountStatus;
import org.partnerengine.account.InvitationStatus;
import org.partnerengine.config.ClockConfiguration;
import org.springframework.context.annotation.Import;
import org.partnerengine.account.PortalAccount;
import org.partnerengine.tasks.TaskInbox;
import org.partnerengine.web.ApiSliceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.partnerengine.certification.Certificates;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest({PartnerController.class, PartnerEventController.class})
@ApiSliceTest
@Import({ClockConfiguration.class, HistoryWording.class})
class PartnerControllerTest {

  @Autowired MockMvc mvc;
  @MockitoBean Partners partners;
  @MockitoBean PartnerEvents events;
  @MockitoBean TaskInbox inbox;
  @MockitoBean AccountService accounts;
  @MockitoBean PartnerSignals signals;
  @MockitoBean Certificates certificates;

  @Test
  void listsPartnersAsAPageWithBoundedSize() throws Exception {
    when(partners.search(eq(Stage.RECRUIT), eq(null), eq(null), eq("acme%"), any()))
        .thenReturn(new PageImpl<>(List.of(partner(5)), PageRequest.of(0, 20), 1));

    mvc.perform(get("/api/partners?stage=RECRUIT&q=acme").with(httpBasic("manager", "manager")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[0].companyName").value("Acme Cloud GmbH"))
        .andExpect(jsonPath("$.page.totalElements").value(1))
        .andExpect(jsonPath("$.page.size").value(20));
    mvc.perform(get("/api/partners?size=101").with(httpBasic("manager", "manager")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("size"));
    mvc.perform(get("/api/partners?stage=SOMEWHERE").with(httpBasic("manager", "manager")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("stage"));
  }

  @Test
  void aMalformedOrUnknownIdIsAProblemNotAnError() throws Exception {
    when(partners.require(anyLong())).thenThrow(new PartnerNotFound(42));

    mvc.perform(get("/api/partners/abc").with(httpBasic("manager", "manager")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("id"));
    mvc.perform(get("/api/partners/42").with(httpBasic("manager", "manager")))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(post("/api/partners/42").with(httpBasic("manager", "manager")))
        .andExpect(status().isMethodNotAllowed())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void aManagerSeesThePendingInvitationAndAnApproverDoesNot() throws Exception {
    when(partners.require(5)).thenReturn(partner(5));
    PortalAccount account = mock(PortalAccount.class);
    when(account.getStatus()).thenReturn(AccountStatus.INVITED);
    when(account.invitationStatus(any())).thenReturn(InvitationStatus.PENDING);
    when(account.getInvitationExpiresAt()).thenReturn(Instant.parse("2026-03-04T10:00:00Z"));
    when(accounts.forPartner(5)).thenReturn(Optional.of(account));

    mvc.perform(get("/api/partners/5").with(httpBasic("manager", "manager")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.companyName").value("Acme Cloud GmbH"))
        .andExpect(jsonPath("$.invitation.status").value("PENDING"))
        .andExpect(jsonPath("$.invitation.expiresAt").value("2026-03-04T10:00:00Z"))
        .andExpect(jsonPath("$.invitation.token").doesNotExist())
        .andExpect(jsonPath("$.openTasks").isArray())
        .andExpect(jsonPath("$.certificates").isArray());
    mvc.perform(get("/api/partners/5").with(httpBasic("approver", "approver")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.invitation").doesNotExist());
  }

  @Test
  void aPartnerUserReachingForAnotherPartnerGets404() throws Exception {
    when(partners.require(5)).thenReturn(partner(5));
    when(partners.require(6)).thenReturn(partner(6));
    var partnerFive =
        user("owner@acme.example")
            .authorities(new SimpleGrantedAuthority("ROLE_PARTNER"), new SimpleGrantedAuthority("PARTNER_5"));

    mvc.perform(get("/api/partners/5").with(partnerFive)).andExpect(status().isOk());
    mvc.perform(get("/api/partners/6").with(partnerFive)).andExpect(status().isNotFound());
    mvc.perform(post("/api/partners/6/tax-form").with(partnerFive)).andExpect(status().isNotFound());
    mvc.perform(get("/api/partners").with(partnerFive)).andExpect(status().isForbidden());
  }

  @Test
  void aPartnerReportsNoCourseOrExamOfItsOwnAndTheTrainingPlatformReportsThemForAnyPartner() throws Exception {
    when(signals.signal(anyLong(), any(), any(), any(), any(), any(), any())).thenReturn(true);
    var partnerFive =
        user("owner@acme.example")
            .authorities(new SimpleGrantedAuthority("ROLE_PARTNER"), new SimpleGrantedAuthority("PARTNER_5"));

    mvc.perform(
            post("/api/partners/5/exam-results")
                .with(partnerFive)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"examId\":\"cert-1\",\"score\":100}"))
        .andExpect(status().isForbidden())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(
            post("/api/partners/5/training-completions")
                .with(partnerFive)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"courseId\":\"sales-101\"}"))
        .andExpect(status().isForbidden());
    verify(signals, never()).signal(anyLong(), any(), any(), any(), any(), any(), any());

    mvc.perform(
            post("/api/partners/6/exam-results")
                .with(httpBasic("training", "training"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"examId\":\"cert-1\",\"score\":91}"))
        .andExpect(status().isAccepted());
    verify(signals)
        .signal(6L, "exam-result", "exam-result:6:cert-1:91", Map.of("examId", "cert-1", "score", 91), "EXAM_RESULT_RECEIVED", "training", "Exam cert-1: 91");
    mvc.perform(post("/api/partners/6/tax-form").with(httpBasic("training", "training"))).andExpect(status().isForbidden());
  }

  @Test
  void anEventIsAcceptedWithAMessageIdFromItsContentOrTheIdempotencyKey() throws Exception {
    when(signals.signal(anyLong(), any(), any(), any(), any(), any(), any())).thenReturn(true);

    mvc.perform(
            post("/api/partners/5/exam-results")
                .with(httpBasic("manager", "manager"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"examId\":\"cert-1\",\"score\":87}"))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.messageId").value("exam-result:5:cert-1:87"))
        .andExpect(jsonPath("$.duplicate").value(false));
    verify(signals)
        .signal(
            eq(5L),
            eq("exam-result"),
            eq("exam-result:5:cert-1:87"),
            eq(Map.of("examId", "cert-1", "score", 87)),
            eq("EXAM_RESULT_RECEIVED"),
            eq("manager"),
            any());
    mvc.perform(
            post("/api/partners/5/training-completions")
                .with(httpBasic("manager", "manager"))
                .header("Idempotency-Key", "lms-4711")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"courseId\":\"sales-101\"}"))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.messageId").value("training-completed:5:key:lms-4711"));
  }

  @Test
  void badEventBodiesAre400NamingTheField() throws Exception {
    mvc.perform(
            post("/api/partners/5/exam-results")
                .with(httpBasic("manager", "manager"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"examId\":\"cert-1\",\"score\":101}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("score"));
    mvc.perform(
            post("/api/partners/5/training-completions")
                .with(httpBasic("manager", "manager"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("courseId"));
    mvc.perform(
            post("/api/partners/5/offboarding")
                .with(httpBasic("manager", "manager"))
                .contentType(MediaType.TEXT_PLAIN)
                .content("leaving"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(
            post("/api/partners/5/offboarding")
                .with(httpBasic("manager", "manager"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"" + "x".repeat(300_000) + "\"}"))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void anonymousIs401AndADesignerIs403AsProblems() throws Exception {
    mvc.perform(get("/api/partners/5"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(get("/api/partners/5").with(httpBasic("designer", "designer")))
        .andExpect(status().isForbidden())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
  }

  private static Partner partner(long id) {
    Partner partner =
        new Partner(
            "Acme Cloud GmbH",
            PartnerType.MSP,
            "DE",
            "https://acme.example",
            "Ada",
            "ada@acme.example",
            BigDecimal.TEN,
            10,
            Instant.parse("2026-01-01T00:00:00Z"));
    ReflectionTestUtils.setField(partner, "id", id);
    return partner;
  }
}

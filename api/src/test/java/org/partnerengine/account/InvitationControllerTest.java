package org.partnerengine.account;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnerengine.config.ClockConfiguration;
import org.partnerengine.web.ApiSliceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(InvitationController.class)
@ApiSliceTest
@Import(ClockConfiguration.class)
class InvitationControllerTest {

  @Autowired MockMvc mvc;
  @MockitoBean AccountService accounts;

  @Test
  void acceptingAnOpenInvitationNeedsNoLoginAndActivatesTheAccount() throws Exception {
    PortalAccount account = mock(PortalAccount.class);
    when(account.getUsername()).thenReturn("ada@acme.example");
    when(account.getPartnerId()).thenReturn(5L);
    when(account.getStatus()).thenReturn(AccountStatus.ACTIVE);
    when(accounts.acceptInvitation(eq("abc1"), any(), eq("correct horse 42"))).thenReturn(account);

    mvc.perform(accept("abc1", "{\"password\":\"correct horse 42\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.username").value("ada@acme.example"))
        .andExpect(jsonPath("$.status").value("ACTIVE"));
  }

  @Test
  void weakPasswordsUnknownTokensAndSpentInvitationsAreProblems() throws Exception {
    when(accounts.acceptInvitation(eq("abc2"), any(), any())).thenThrow(new InvitationNotValid("The invitation has expired"));
    when(accounts.acceptInvitation(eq("ffff"), any(), any())).thenThrow(new InvitationNotFound());

    mvc.perform(accept("abc2", "{\"password\":\"short1\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("password"));
    mvc.perform(accept("abc2", "{\"password\":\"onlyletterswithoutdigits\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value("must contain a letter and a digit"));
    mvc.perform(accept("not.a.token", "{\"password\":\"correct horse 42\"}")).andExpect(status().isBadRequest());
    mvc.perform(accept("ffff", "{\"password\":\"correct horse 42\"}"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.title").value("Invitation not found"));
    mvc.perform(accept("abc2", "{\"password\":\"correct horse 42\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("The invitation has expired"));
  }

  @Test
  void aManagerSendsANewInvitationAndSeesItsStatusNotItsToken() throws Exception {
    PortalAccount account = mock(PortalAccount.class);
    when(account.invitationStatus(any())).thenReturn(InvitationStatus.PENDING);
    when(account.getInvitationIssuedAt()).thenReturn(Instant.parse("2026-03-01T10:00:00Z"));
    when(account.getInvitationExpiresAt()).thenReturn(Instant.parse("2026-03-04T10:00:00Z"));
    when(accounts.reissueInvitation(5, "manager")).thenReturn(account);

    mvc.perform(post("/api/partners/5/invitation").with(httpBasic("manager", "manager")))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.status").value("PENDING"))
        .andExpect(jsonPath("$.expiresAt").value("2026-03-04T10:00:00Z"))
        .andExpect(jsonPath("$.token").doesNotExist());
    mvc.perform(post("/api/partners/5/invitation").with(httpBasic("approver", "approver"))).andExpect(status().isForbidden());
  }

  @Test
  void anInvitationAcceptedTwiceAtTheSameTimeLetsOneThroughAndTellsTheOtherToLookAgain() throws Exception {
    when(accounts.acceptInvitation(eq("race1"), any(), any()))
        .thenThrow(new ObjectOptimisticLockingFailureException(PortalAccount.class, 5L));

    mvc.perform(accept("race1", "{\"password\":\"correct horse 42\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.title").value("Account changed concurrently"));
  }

  private static org.springframework.test.web.servlet.RequestBuilder accept(String token, String body) {
    return post("/api/invitations/" + token).contentType(MediaType.APPLICATION_JSON).content(body);
  }
}

package org.partnerengine.account;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnerengine.web.ApiSliceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(InvitationController.class)
@ApiSliceTest
class InvitationControllerTest {

  @Autowired MockMvc mvc;
  @Autowired PortalAccounts portalAccounts;
  @MockitoBean AccountService accounts;

  @Test
  void acceptingAnOpenInvitationNeedsNoLoginAndActivatesTheAccount() throws Exception {
    PortalAccount account = mock(PortalAccount.class);
    when(account.getUsername()).thenReturn("ada@acme.example");
    when(account.getPartnerId()).thenReturn(5L);
    when(account.getStatus()).thenReturn(AccountStatus.ACTIVE);
    when(portalAccounts.findByInvitationToken("abc1")).thenReturn(Optional.of(account));
    when(accounts.acceptInvitation(eq("abc1"), any(), eq("correct horse 42"))).thenReturn(account);

    mvc.perform(accept("abc1", "{\"password\":\"correct horse 42\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.username").value("ada@acme.example"))
        .andExpect(jsonPath("$.status").value("ACTIVE"));
  }

  @Test
  void weakPasswordsUnknownTokensAndSpentInvitationsAreProblems() throws Exception {
    when(portalAccounts.findByInvitationToken("abc2")).thenReturn(Optional.of(mock(PortalAccount.class)));
    when(accounts.acceptInvitation(eq("abc2"), any(), any())).thenThrow(new InvitationNotValid("The invitation has expired"));

    mvc.perform(accept("abc2", "{\"password\":\"short1\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("password"));
    mvc.perform(accept("abc2", "{\"password\":\"onlyletterswithoutdigits\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value("must contain a letter and a digit"));
    mvc.perform(accept("ffff", "{\"password\":\"correct horse 42\"}")).andExpect(status().isNotFound());
    mvc.perform(accept("abc2", "{\"password\":\"correct horse 42\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("The invitation has expired"));
  }

  private static org.springframework.test.web.servlet.RequestBuilder accept(String token, String body) {
    return post("/api/invitations/" + token).contentType(MediaType.APPLICATION_JSON).content(body);
  }
}

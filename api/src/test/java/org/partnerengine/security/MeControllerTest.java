package org.partnerengine.security;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.partnerengine.web.ApiSliceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

/** The web page's login check, and its 401 that must not bring up the browser's own dialog. */
@WebMvcTest(MeController.class)
@ApiSliceTest
class MeControllerTest {

  @Autowired MockMvc mvc;

  @Test
  void tellsTheCallerItsRolesAndGroups() throws Exception {
    mvc.perform(get("/api/me").with(httpBasic("finance", "finance")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.username").value("finance"))
        .andExpect(jsonPath("$.roles[0]").value("APPROVER"))
        .andExpect(jsonPath("$.groups[0]").value("finance"))
        .andExpect(jsonPath("$.partnerId").doesNotExist());
  }

  @Test
  void aScriptedCallWithAWrongPasswordGetsA401WithoutABasicChallenge() throws Exception {
    mvc.perform(get("/api/me").with(httpBasic("manager", "wrong")).header("X-Requested-With", "XMLHttpRequest"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().doesNotExist("WWW-Authenticate"))
        .andExpect(jsonPath("$.title").value("Authentication required"));
  }

  @Test
  void anyOtherClientStillGetsTheBasicChallenge() throws Exception {
    mvc.perform(get("/api/me"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", startsWith("Basic")));
  }

  @Test
  void theWebPageIsServedWithoutLogin() throws Exception {
    mvc.perform(get("/index.html")).andExpect(status().isOk());
    mvc.perform(get("/vendor/bpmn-js-18.31.1/bpmn-navigated-viewer.production.min.js")).andExpect(status().isOk());
    mvc.perform(get("/vendor/form-js-1.23.0/form-viewer.umd.js")).andExpect(status().isOk());
  }
}

package org.partnerengine.catalogue;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerengine.curriculum.CourseProgress;
import org.partnerengine.curriculum.CourseStatus;
import org.partnerengine.curriculum.Curricula;
import org.partnerengine.curriculum.Curriculum;
import org.partnerengine.curriculum.ExamProgress;
import org.partnerengine.web.ApiSliceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(
    controllers = TrainingCatalogueController.class,
    includeFilters =
        @org.springframework.context.annotation.ComponentScan.Filter(
            type = org.springframework.context.annotation.FilterType.REGEX,
            pattern = "org\\.partnerengine\\.curriculum\\.CurriculumController"))
@ApiSliceTest
class TrainingCatalogueControllerTest {

  private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

  @Autowired MockMvc mvc;
  @MockitoBean TrainingCatalogue catalogue;
  @MockitoBean Curricula curricula;

  @Test
  void aManagerAddsAnExamWithItsPassMarkAndAttempts() throws Exception {
    when(catalogue.add(eq("cloud-certification"), eq(TrainingKind.EXAM), any()))
        .thenReturn(exam("cloud-certification", "Cloud certification", new BigDecimal("75"), 2));

    mvc.perform(asManager(post("/api/training-catalogue")).content("""
            {"id": "cloud-certification", "kind": "EXAM", "title": "Cloud certification",
             "link": "https://training.example.com/exams/cloud", "passMark": 75, "maxAttempts": 2}"""))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/training-catalogue/cloud-certification"))
        .andExpect(jsonPath("$.kind").value("EXAM"))
        .andExpect(jsonPath("$.passMark").value(75))
        .andExpect(jsonPath("$.maxAttempts").value(2))
        .andExpect(jsonPath("$.retired").value(false));
  }

  @Test
  void badInputIsAProblemNamingTheField() throws Exception {
    expectBadField(asManager(post("/api/training-catalogue")).content("""
        {"id": "x", "kind": "COURSE", "title": " "}"""), "title");
    expectBadField(asManager(post("/api/training-catalogue")).content("""
        {"id": "../etc", "kind": "COURSE", "title": "X"}"""), "id");
    expectBadField(asManager(post("/api/training-catalogue")).content("""
        {"id": "x", "kind": "COURSE", "title": "X", "link": "javascript:alert(1)"}"""), "link");
    expectBadField(asManager(post("/api/training-catalogue")).content("""
        {"id": "x", "kind": "WORKSHOP", "title": "X"}"""), "kind");
    expectBadField(asManager(post("/api/training-catalogue")).content("""
        {"id": "x", "kind": "EXAM", "title": "X", "passMark": 101, "maxAttempts": 3}"""), "passMark");
    expectBadField(asManager(put("/api/training-catalogue/x")).content("""
        {"title": "X", "maxAttempts": 0}"""), "maxAttempts");
    expectBadField(asManager(put("/api/training-catalogue/x")).content("""
        {"title": "X", "kind": "EXAM"}"""), "kind");
    verify(catalogue, never()).add(any(), any(), any());
    verify(catalogue, never()).describe(any(), any());
  }

  @Test
  void whatTheCatalogueRefusesIsAProblemToo() throws Exception {
    when(catalogue.add(eq("y"), eq(TrainingKind.EXAM), any())).thenThrow(new InvalidCatalogueEntry("passMark", "is required for an exam"));
    when(catalogue.add(eq("sales-certification"), any(), any())).thenThrow(new CatalogueEntryExists("sales-certification"));
    when(catalogue.describe(eq("no-such-course"), any())).thenThrow(new CatalogueEntryNotFound("no-such-course"));

    expectBadField(asManager(post("/api/training-catalogue")).content("""
        {"id": "y", "kind": "EXAM", "title": "Y", "maxAttempts": 3}"""), "passMark");
    mvc.perform(asManager(post("/api/training-catalogue")).content("""
            {"id": "sales-certification", "kind": "COURSE", "title": "Y"}"""))
        .andExpect(status().isConflict())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(asManager(put("/api/training-catalogue/no-such-course")).content("""
            {"title": "Y"}"""))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void aPartnerOrAnApproverReadsTheCatalogueButCannotChangeIt() throws Exception {
    when(catalogue.list(false)).thenReturn(List.of(exam("sales-certification", "Sales certification", new BigDecimal("70"), 3)));

    mvc.perform(get("/api/training-catalogue").with(partnerUser(5)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].id").value("sales-certification"));
    for (MockHttpServletRequestBuilder edit :
        List.of(
            put("/api/training-catalogue/sales-certification").content("{\"title\": \"Free\", \"passMark\": 0, \"maxAttempts\": 100}"),
            post("/api/training-catalogue").content("{\"id\": \"mine\", \"kind\": \"EXAM\", \"title\": \"Mine\", \"passMark\": 0, \"maxAttempts\": 1}"),
            post("/api/training-catalogue/sales-certification/retirement"))) {
      mvc.perform(edit.contentType(MediaType.APPLICATION_JSON).with(csrf()).with(partnerUser(5))).andExpect(status().isForbidden());
      mvc.perform(edit.contentType(MediaType.APPLICATION_JSON).with(httpBasic("approver", "approver"))).andExpect(status().isForbidden());
    }
    verify(catalogue, never()).describe(any(), any());
    verify(catalogue, never()).add(any(), any(), any());
    verify(catalogue, never()).retire(any());
  }

  @Test
  void aPartnerSeesItsOwnCurriculumAndAnotherPartnersIsNotFound() throws Exception {
    when(curricula.of(5))
        .thenReturn(
            new Curriculum(
                5,
                List.of(new CourseProgress("product-essentials", "Product essentials", "What it does", "https://training.example.com/c",
                    true, CourseStatus.COMPLETED, AT, AT)),
                1,
                List.of(new ExamProgress("sales-certification", "Sales certification", null, null, true, new BigDecimal("70.00"),
                    3, 1, 2, false, new BigDecimal("55.00"), AT))));

    mvc.perform(get("/api/partners/5/curriculum").with(partnerUser(5)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.courses[0].status").value("COMPLETED"))
        .andExpect(jsonPath("$.coursesCompleted").value(1))
        .andExpect(jsonPath("$.exams[0].attemptsLeft").value(2));
    mvc.perform(get("/api/partners/6/curriculum").with(partnerUser(5)))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    verify(curricula, never()).of(6);
    mvc.perform(get("/api/partners/5/curriculum").with(httpBasic("designer", "designer"))).andExpect(status().isForbidden());
    verify(curricula, times(1)).of(anyLong()); // only the partner's own
  }

  private void expectBadField(MockHttpServletRequestBuilder request, String field) throws Exception {
    mvc.perform(request)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value(field));
  }

  private static MockHttpServletRequestBuilder asManager(MockHttpServletRequestBuilder request) {
    return request.contentType(MediaType.APPLICATION_JSON).with(httpBasic("manager", "manager"));
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor partnerUser(long partnerId) {
    return user("owner@partner.example")
        .authorities(new SimpleGrantedAuthority("ROLE_PARTNER"), new SimpleGrantedAuthority("PARTNER_" + partnerId));
  }

  private static CatalogueEntry exam(String id, String title, BigDecimal passMark, int maxAttempts) {
    CatalogueEntry entry = org.springframework.beans.BeanUtils.instantiateClass(CatalogueEntry.class);
    ReflectionTestUtils.setField(entry, "id", id);
    ReflectionTestUtils.setField(entry, "kind", TrainingKind.EXAM);
    ReflectionTestUtils.setField(entry, "title", title);
    ReflectionTestUtils.setField(entry, "passMark", passMark);
    ReflectionTestUtils.setField(entry, "maxAttempts", maxAttempts);
    ReflectionTestUtils.setField(entry, "updatedAt", AT);
    return entry;
  }
}

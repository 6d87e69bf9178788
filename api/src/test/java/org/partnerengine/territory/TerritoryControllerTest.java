package org.partnerengine.territory;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerengine.web.ApiSliceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(TerritoryController.class)
@ApiSliceTest
class TerritoryControllerTest {

  private static final String NORDICS = "{\"name\":\"Nordics\",\"areas\":[{\"country\":\"SE\"},{\"country\":\"DK\",\"postcodePrefix\":\"8\"}]}";

  @Autowired MockMvc mvc;
  @MockitoBean TerritoryCatalogue catalogue;

  @Test
  void aManagerCreatesATerritoryAndIsToldWhereItIs() throws Exception {
    when(catalogue.create(any())).thenReturn(territory(7, "Nordics"));

    mvc.perform(json(post("/api/territories"), NORDICS).with(httpBasic("manager", "manager")))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/territories/7"))
        .andExpect(jsonPath("$.name").value("Nordics"))
        .andExpect(jsonPath("$.areas[0].country").value("DK"))
        .andExpect(jsonPath("$.areas[0].postcodePrefix").value("8"));
  }

  @Test
  void badTerritoriesAre400NamingTheFieldAndReachNoService() throws Exception {
    mvc.perform(json(post("/api/territories"), "{\"name\":\"\",\"areas\":[{\"country\":\"SE\"}]}").with(httpBasic("manager", "manager")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("name"));
    mvc.perform(json(post("/api/territories"), "{\"name\":\"X\",\"areas\":[{\"country\":\"Sweden\"}]}").with(httpBasic("manager", "manager")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("areas[0].country"));
    mvc.perform(json(post("/api/territories"), "{\"name\":\"X\",\"areas\":[]}").with(httpBasic("manager", "manager")))
        .andExpect(status().isBadRequest());
    mvc.perform(json(put("/api/partners/3/coverage"), "{\"territoryIds\":[1],\"products\":[\"Core Platform\"],\"capacity\":-1}")
            .with(httpBasic("manager", "manager")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    verify(catalogue, never()).create(any());
    verify(catalogue, never()).defineCoverage(anyLong(), any());
  }

  @Test
  void refusalsAreProblems() throws Exception {
    when(catalogue.get(9)).thenThrow(new TerritoryNotFound(9));
    when(catalogue.create(any())).thenThrow(new TerritoryNameTaken("Nordics"));
    org.mockito.Mockito.doThrow(new TerritoryInUse(4, 2)).when(catalogue).delete(4);

    mvc.perform(get("/api/territories/9").with(httpBasic("manager", "manager")))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Territory not found"));
    mvc.perform(json(post("/api/territories"), NORDICS).with(httpBasic("manager", "manager")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.title").value("Territory name taken"));
    mvc.perform(delete("/api/territories/4").with(httpBasic("manager", "manager")))
        .andExpect(status().isConflict())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void theListIsPagedAndOnlyForManagers() throws Exception {
    when(catalogue.list(any())).thenReturn(new PageImpl<>(List.of(territory(1, "Benelux")), PageRequest.of(0, 1), 3));

    mvc.perform(get("/api/territories?size=1").with(httpBasic("manager", "manager")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[0].name").value("Benelux"))
        .andExpect(jsonPath("$.page.totalElements").value(3))
        .andExpect(jsonPath("$.page.totalPages").value(3));
    mvc.perform(get("/api/territories?size=1000").with(httpBasic("manager", "manager"))).andExpect(status().isBadRequest());
    mvc.perform(get("/api/territories").with(httpBasic("approver", "approver"))).andExpect(status().isForbidden());
    mvc.perform(get("/api/territories").with(httpBasic("designer", "designer"))).andExpect(status().isForbidden());
    mvc.perform(get("/api/territories")).andExpect(status().isUnauthorized());
  }

  private static Territory territory(long id, String name) {
    Territory territory = new Territory(name, List.of(new Area("SE", null), new Area("DK", "8")), Instant.parse("2026-03-01T10:00:00Z"));
    org.springframework.test.util.ReflectionTestUtils.setField(territory, "id", id);
    return territory;
  }

  private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
    return request.contentType(MediaType.APPLICATION_JSON).content(body);
  }
}

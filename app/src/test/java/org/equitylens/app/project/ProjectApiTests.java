package org.equitylens.app.project;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.equitylens.app.support.AppTest;
import org.equitylens.app.user.AppUser;
import org.equitylens.app.user.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The projects JSON API: same access rules as the pages, field errors as 400, CSRF required. */
abstract class ProjectApiTests extends AppTest {

    private long create(AppUser lead) throws Exception {
        String body = mvc.perform(post("/api/v1/projects").with(as(lead)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title": "Hypertension case-finding in Core20 areas", "population": "Adults in IMD decile 1-2",
                                 "inequity": "Fewer people found and treated", "status": "ACTIVE",
                                 "tags": ["CORE20", "ADULT_HYPERTENSION"]}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/projects/")))
                .andExpect(jsonPath("$.summary.tags", hasItem("ADULT_HYPERTENSION")))
                .andExpect(jsonPath("$.team[0].role").value("LEAD"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.summary.id")).longValue();
    }

    @Test
    void aTeamBuildsAProjectThroughTheApi() throws Exception {
        AppUser lead = newUser(demoOrganisationId(), Role.ANALYST);
        long id = create(lead);
        mvc.perform(put("/api/v1/projects/" + id + "/aim").with(as(lead)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"group": "People in IMD quintile 1", "gapMeasure": "Treated to target, Q1 minus Q5",
                                 "baseline": "-12 points", "target": "-4 points", "by": "2027-03-31"}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.by").value("2027-03-31"));
        String primary = mvc.perform(post("/api/v1/projects/" + id + "/drivers").with(as(lead)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"level\": \"PRIMARY\", \"text\": \"Finding people\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long primaryId = ((Number) JsonPath.read(primary, "$.id")).longValue();
        mvc.perform(post("/api/v1/projects/" + id + "/drivers").with(as(lead)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"level\": \"CHANGE_IDEA\", \"parentId\": " + primaryId
                                + ", \"text\": \"Pharmacy checks\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("parentId")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("origin")));
        String cycle = mvc.perform(post("/api/v1/projects/" + id + "/pdsa-cycles").with(as(lead)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title": "Blood pressure checks at the mosque", "plan": "Friday after prayers, 4 weeks",
                                 "predictions": "Bangladeshi men: 40 checks\\nPakistani men: 30 checks", "startDate": "2025-06-06"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long cycleId = ((Number) JsonPath.read(cycle, "$.id")).longValue();
        mvc.perform(put("/api/v1/projects/" + id + "/pdsa-cycles/" + cycleId).with(as(lead)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title": "Blood pressure checks at the mosque", "plan": "Friday after prayers, 4 weeks",
                                 "predictions": "Bangladeshi men: 40 checks", "startDate": "2025-06-06",
                                 "studyNotes": "52 checks, 9 referred", "act": "ADOPT"}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.act").value("ADOPT"));
        mvc.perform(get("/api/v1/projects/" + id + "/steps").with(as(lead)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[2].checks[2].done").value(true));
        mvc.perform(get("/api/v1/projects/" + id + "/drivers").with(as(lead))).andExpect(jsonPath("$[0].text").value("Finding people"));
        mvc.perform(get("/api/v1/projects/" + id + "/pdsa-cycles").with(as(lead))).andExpect(jsonPath("$[0].act").value("ADOPT"));
        mvc.perform(get("/api/v1/projects/" + id + "/aim").with(as(lead))).andExpect(jsonPath("$.group").value("People in IMD quintile 1"));
        mvc.perform(get("/api/v1/projects").with(as(demoUser(Role.VIEWER))))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id", hasItem((int) id)));
    }

    @Test
    void theApiKeepsTheSameRules() throws Exception {
        AppUser lead = newUser(demoOrganisationId(), Role.MEMBER);
        long id = create(lead);
        AppUser viewer = demoUser(Role.VIEWER);
        mvc.perform(get("/api/v1/projects/" + id).with(as(viewer))).andExpect(status().isOk())
                .andExpect(jsonPath("$.access.edit").value(false));
        mvc.perform(put("/api/v1/projects/" + id + "/aim").with(as(viewer)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/projects").with(as(viewer)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                {"title": "x", "population": "x", "inequity": "x", "status": "ACTIVE"}""")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/projects/" + id + "/pdsa-cycles").with(as(demoUser(Role.CO_PRODUCER))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/projects").with(as(lead)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"\", \"status\": \"ACTIVE\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("population")));
        AppUser stranger = newUser(newOrganisation().id(), Role.ADMIN);
        for (String path : new String[] {"", "/steps", "/aim", "/drivers", "/pdsa-cycles"}) {
            mvc.perform(get("/api/v1/projects/" + id + path).with(as(stranger))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/projects").with(as(stranger))).andExpect(jsonPath("$[*].id", not(hasItem((int) id))));
    }
}

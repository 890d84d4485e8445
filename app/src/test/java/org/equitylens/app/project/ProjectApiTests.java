package org.equitylens.app.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.equitylens.app.support.AppTest;
import org.equitylens.app.user.AppUser;
import org.equitylens.app.user.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The projects JSON API: same access rules as the pages, field errors as 400, CSRF required, audited reads. */
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
        mvc.perform(get("/api/v1/projects/" + id + "/drivers").with(as(lead))).andExpect(jsonPath("$[0].text").value("Finding people"))
                .andExpect(jsonPath("$[0].createdBy").doesNotExist());
        mvc.perform(get("/api/v1/projects/" + id + "/pdsa-cycles").with(as(lead))).andExpect(jsonPath("$[0].act").value("ADOPT"));
        mvc.perform(get("/api/v1/projects/" + id + "/aim").with(as(lead))).andExpect(jsonPath("$.group").value("People in IMD quintile 1"));
        mvc.perform(get("/api/v1/projects/" + id).with(as(lead))).andExpect(status().isOk());
        // Every read through the API is audited, once per request.
        for (String action : List.of("PROJECT_READ", "PROJECT_STEPS_READ", "PROJECT_AIM_READ", "PROJECT_DRIVERS_READ",
                "PROJECT_PDSA_READ")) {
            assertThat(auditedReads(action, lead, id)).as(action).isEqualTo(1);
        }
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
            // The same problem details as a project that does not exist: nothing tells that it does.
            mvc.perform(get("/api/v1/projects/" + id + path).with(as(stranger))).andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.instance").value("/api/v1/projects/" + id + path));
        }
        mvc.perform(get("/api/v1/projects/999999999").with(as(stranger))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no such resource in your organisation."));
        mvc.perform(get("/api/v1/projects").with(as(stranger))).andExpect(jsonPath("$[*].id", not(hasItem((int) id))));
    }

    private void page(AppUser user, MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(as(user)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    private long auditedReads(String action, AppUser user, long projectId) {
        return jdbc.sql("""
                select count(*) from audit_event where action = ? and actor_user_id = ? and object_type = 'PROJECT'
                and object_id = ?""").params(action, user.id(), String.valueOf(projectId)).query(Long.class).single();
    }

    @Test
    void theTeamSourcesSessionsActionsAndCommentsAreReadAsThePagesShowThem() throws Exception {
        AppUser lead = newUser(demoOrganisationId(), Role.MEMBER);
        long id = create(lead);
        AppUser partner = newUser(demoOrganisationId(), Role.CO_PRODUCER);
        jdbc.sql("update app_user set display_name = 'Amara Partner' where id = ?").param(partner.id()).update();
        String project = "/projects/" + id;
        page(lead, post(project + "/team").param("userId", String.valueOf(partner.id())).param("role", "CO_PRODUCER"));
        page(lead, post(project + "/sources").param("step", "1").param("kind", "QUALITATIVE")
                .param("name", "Community conversations").param("tells", "Distrust of crisis services").param("gaps", "Few young men"));
        page(partner, post(project + "/sessions").param("kind", "CODESIGN").param("heldOn", "2025-09-01")
                .param("participants", "5 partners, 2 staff").param("powerSharing", "Partners chaired")
                .param("decisions", "Evening clinic"));
        page(lead, post(project + "/actions").param("description", "Book the community centre")
                .param("ownerUserId", String.valueOf(partner.id())).param("dueOn", "2026-01-15"));
        page(partner, post(project + "/comments").param("step", "4").param("body", "Pay partners"));
        long comment = jdbc.sql("select id from project_comment where project_id = ?").param(id).query(Long.class).single();
        page(partner, post(project + "/comments/" + comment + "/edit").param("body", "Pay partners for their time"));

        AppUser viewer = newUser(demoOrganisationId(), Role.VIEWER);
        String api = "/api/v1/projects/" + id;
        mvc.perform(get(api + "/team").with(as(viewer))).andExpect(status().isOk())
                .andExpect(jsonPath("$[1].displayName").value("Amara Partner"))
                .andExpect(jsonPath("$[1].role").value("CO_PRODUCER"))
                .andExpect(jsonPath("$[1].userId").doesNotExist())
                .andExpect(content().string(not(containsString("@test.example"))));
        mvc.perform(get(api).with(as(viewer))).andExpect(jsonPath("$.team[1].displayName").value("Amara Partner"))
                .andExpect(jsonPath("$.team[1].userId").doesNotExist());
        mvc.perform(get(api + "/sources").with(as(viewer))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("QUALITATIVE"))
                .andExpect(jsonPath("$[0].name").value("Community conversations"))
                .andExpect(jsonPath("$[0].gaps").value("Few young men"));
        mvc.perform(get(api + "/sessions").with(as(viewer))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("CODESIGN"))
                .andExpect(jsonPath("$[0].heldOn").value("2025-09-01"))
                .andExpect(jsonPath("$[0].powerSharing").value("Partners chaired"))
                .andExpect(jsonPath("$[0].recordedBy").value("Amara Partner"))
                .andExpect(jsonPath("$[0].createdBy").doesNotExist());
        mvc.perform(get(api + "/actions").with(as(viewer))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].description").value("Book the community centre"))
                .andExpect(jsonPath("$[0].owner").value("Amara Partner"))
                .andExpect(jsonPath("$[0].dueOn").value("2026-01-15"))
                .andExpect(jsonPath("$[0].done").value(false))
                .andExpect(jsonPath("$[0].ownerUserId").doesNotExist());
        mvc.perform(get(api + "/comments").with(as(viewer))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].step").value(4))
                .andExpect(jsonPath("$[0].author").value("Amara Partner"))
                .andExpect(jsonPath("$[0].body").value("Pay partners for their time"))
                .andExpect(jsonPath("$[0].editedAt").isNotEmpty())
                .andExpect(jsonPath("$[0].authorId").doesNotExist());
        for (String action : List.of("PROJECT_TEAM_READ", "PROJECT_SOURCES_READ", "PROJECT_SESSIONS_READ",
                "PROJECT_ACTIONS_READ", "PROJECT_COMMENTS_READ")) {
            assertThat(auditedReads(action, viewer, id)).as(action).isEqualTo(1);
        }

        // Another organisation: 404 for each, and no read recorded.
        AppUser stranger = newUser(newOrganisation().id(), Role.ADMIN);
        for (String path : List.of("/team", "/sources", "/sessions", "/actions", "/comments")) {
            mvc.perform(get(api + path).with(as(stranger))).andExpect(status().isNotFound());
        }
        assertThat(jdbc.sql("select count(*) from audit_event where actor_user_id = ? and action like 'PROJECT_%_READ'")
                .param(stranger.id()).query(Long.class).single()).isZero();
        mvc.perform(get("/api/v1/openapi.json").with(as(viewer)))
                .andExpect(jsonPath("$.paths['/api/v1/projects/{id}/sessions'].get").exists())
                .andExpect(jsonPath("$.components.schemas.TeamMember.properties.userId").doesNotExist())
                .andExpect(jsonPath("$.components.schemas.Driver.properties.createdBy").doesNotExist());
    }
}

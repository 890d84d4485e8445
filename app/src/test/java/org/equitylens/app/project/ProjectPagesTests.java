package org.equitylens.app.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.equitylens.app.measure.MeasureAnnotationSource;
import org.equitylens.app.support.AppTest;
import org.equitylens.app.user.AppUser;
import org.equitylens.app.user.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Project pages and routes: who may read and change what, validation that keeps what was typed, history. */
abstract class ProjectPagesTests extends AppTest {

    @Autowired
    ProjectRepository projects;
    @Autowired
    List<MeasureAnnotationSource> annotationSources;

    private long mhaMeasureId() {
        return jdbc.sql("select id from measure where organisation_id = ? and name = ?")
                .params(demoOrganisationId(), ProjectDemoSeeder.MHA_MEASURE).query(Long.class).single();
    }

    private long demoProjectId() {
        return projects.findByTitle(demoOrganisationId(), ProjectDemoSeeder.TITLE).orElseThrow().id();
    }

    /** A new project led by a new MEMBER of the demo organisation; returns its id. */
    private long newProject(AppUser lead) throws Exception {
        String location = mvc.perform(post("/projects/new").with(as(lead)).with(csrf())
                        .param("title", unique("Project")).param("population", "Adults in Core20 areas")
                        .param("inequity", "Later cancer diagnosis").param("status", "PLANNING")
                        .param("tags", "CORE20", "ADULT_CANCER"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/projects/".length()));
    }

    @Test
    void theDemoProjectIsCarriedToStepFiveAndEveryPageRendersForEveryRole() throws Exception {
        long id = demoProjectId();
        for (Role role : Role.values()) {
            AppUser user = demoUser(role);
            mvc.perform(get("/projects").with(as(user))).andExpect(status().isOk())
                    .andExpect(content().string(containsString(ProjectDemoSeeder.TITLE)));
            mvc.perform(get("/projects/" + id).with(as(user))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Chidi Co-producer")))
                    .andExpect(content().string(containsString("5 of 5 steps done")))
                    .andExpect(content().string(containsString("from 3.6 to 2.0 by March 2028")));
            for (int step = 1; step <= 5; step++) {
                mvc.perform(get("/projects/" + id + "/steps/" + step).with(as(user))).andExpect(status().isOk());
            }
            mvc.perform(get("/projects/" + id + "/equity").with(as(user))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Who sets the aims?")));
            mvc.perform(get("/projects/" + id + "/summary").with(as(user))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Peer supporter at first assessment")));
            mvc.perform(get("/projects/" + id + "/history").with(as(user))).andExpect(status().isOk());
        }
        mvc.perform(get("/projects/" + id + "/steps/4").with(as(demoUser(Role.VIEWER))))
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("Crisis café run with a Black-led charity")))
                .andExpect(content().string(not(containsString("Add to diagram"))));
        mvc.perform(get("/projects/" + id + "/steps/6").with(as(demoUser(Role.MEMBER)))).andExpect(status().isNotFound());
        // Its three cycles are on the MHA measure's charts, as a co-producer sees them (suppressed figures).
        mvc.perform(get("/measures/" + mhaMeasureId()).with(as(demoUser(Role.CO_PRODUCER)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("PDSA: Crisis café evenings, two a week")))
                .andExpect(content().string(containsString("PDSA: Co-written crisis plans on one ward")))
                .andExpect(content().string(containsString("PDSA: Peer supporter at first assessment")));
    }

    @Test
    void anotherOrganisationSeesNothing() throws Exception {
        long id = demoProjectId();
        AppUser stranger = newUser(newOrganisation().id(), Role.ADMIN);
        mvc.perform(get("/projects").with(as(stranger))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(ProjectDemoSeeder.TITLE))));
        for (String path : List.of("", "/steps/1", "/steps/5", "/equity", "/summary", "/history", "/edit")) {
            mvc.perform(get("/projects/" + id + path).with(as(stranger))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/projects/" + id + "/aim").with(as(stranger)).with(csrf()).param("group", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/projects/" + id + "/comments").with(as(stranger)).with(csrf()).param("body", "hello"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/projects/" + id).with(as(stranger))).andExpect(status().isNotFound());
    }

    @Test
    void viewersReadButChangeNothingAndCoProducersOnlyAddToCoDesignAndComment() throws Exception {
        long id = demoProjectId();
        AppUser viewer = demoUser(Role.VIEWER);
        AppUser coProducer = demoUser(Role.CO_PRODUCER);
        for (AppUser refused : List.of(viewer, coProducer)) {
            expectForbidden(post("/projects/" + id + "/aim").param("group", "Black people").param("gapMeasure", "ratio")
                    .param("baseline", "3.6").param("target", "1.0").param("by", "2029-01-01"), refused);
            expectForbidden(post("/projects/" + id + "/pdsa").param("title", ""), refused);
            expectForbidden(post("/projects/" + id + "/progress").param("score", "4.0"), refused);
            expectForbidden(post("/projects/" + id + "/edit").param("title", "x").param("population", "x")
                    .param("inequity", "x").param("status", "CLOSED"), refused);
            expectForbidden(get("/projects/" + id + "/edit"), refused);
            expectForbidden(post("/projects/" + id + "/equity").param("answer-framing-serve", "changed"), refused);
        }
        expectForbidden(post("/projects/" + id + "/drivers").param("level", "PRIMARY").param("text", "x"), viewer);
        expectForbidden(post("/projects/" + id + "/comments").param("body", "x"), viewer);
        expectForbidden(get("/projects/new"), viewer);
        expectForbidden(get("/projects/new"), coProducer);

        mvc.perform(post("/projects/" + id + "/drivers").with(as(coProducer)).with(csrf())
                        .param("level", "PRIMARY").param("text", "Trusted information in community languages"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/projects/" + id + "/sessions").with(as(coProducer)).with(csrf())
                        .param("kind", "CODESIGN").param("heldOn", "2025-09-01").param("participants", "3 partners")
                        .param("decisions", "Try a text reminder"))
                .andExpect(status().is3xxRedirection());
        expectForbidden(post("/projects/" + id + "/sessions").param("kind", "INTERPRETATION").param("heldOn", "2025-09-01")
                .param("participants", "3 partners").param("decisions", "x"), coProducer);
        long interpretation = jdbc.sql("select id from project_session where project_id = ? and kind = 'INTERPRETATION'")
                .param(id).query(Long.class).list().get(0);
        expectForbidden(post("/projects/" + id + "/sessions/" + interpretation + "/remove"), coProducer);
        long added = jdbc.sql("select max(id) from project_session where project_id = ? and kind = 'CODESIGN'")
                .param(id).query(Long.class).single();
        expectForbidden(post("/projects/" + id + "/sessions/" + added + "/remove"), viewer);
        mvc.perform(post("/projects/" + id + "/sessions/" + added + "/remove").with(as(coProducer)).with(csrf()))
                .andExpect(redirectedUrlPattern("/projects/*/steps/4*"));
        AppUser stranger = newUser(newOrganisation().id(), Role.ADMIN);
        mvc.perform(post("/projects/" + id + "/sessions/" + interpretation + "/remove").with(as(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/projects/" + id + "/comments").with(as(coProducer)).with(csrf())
                        .param("step", "3").param("body", "The problem statement still blames families"))
                .andExpect(redirectedUrlPattern("/projects/*/steps/3*"));
        mvc.perform(get("/projects/" + id + "/steps/3").with(as(viewer)))
                .andExpect(content().string(containsString("The problem statement still blames families")));
        mvc.perform(get("/projects/" + id).with(as(viewer)))
                .andExpect(content().string(containsString("Contributions by lived-experience partners")));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PROJECT_DRIVER_CHANGED' and actor_user_id = ?")
                .param(coProducer.id()).query(Long.class).single()).isPositive();
    }

    private void expectForbidden(MockHttpServletRequestBuilder request, AppUser user) throws Exception {
        mvc.perform(request.with(as(user)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void membersOffTheTeamReadButDoNotEdit() throws Exception {
        long id = newProject(newUser(demoOrganisationId(), Role.MEMBER));
        AppUser other = newUser(demoOrganisationId(), Role.MEMBER);
        mvc.perform(get("/projects/" + id + "/steps/3").with(as(other))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Save aim"))));
        expectForbidden(post("/projects/" + id + "/problem").param("problemStatement", "x"), other);
    }

    @Test
    void postsWithoutTheCsrfTokenAreRefused() throws Exception {
        AppUser lead = newUser(demoOrganisationId(), Role.MEMBER);
        long id = newProject(lead);
        var session = new MockHttpSession();
        mvc.perform(get("/projects/" + id).with(as(lead)).session(session)).andExpect(status().isOk());
        mvc.perform(post("/projects/" + id + "/problem").with(as(lead)).session(session)
                        .param("problemStatement", "Forged"))
                .andExpect(status().isForbidden());
        assertThat(projects.find(id).orElseThrow().problemStatement()).isNull();
    }

    @Test
    void invalidFormsKeepWhatWasTyped() throws Exception {
        AppUser lead = newUser(demoOrganisationId(), Role.MEMBER);
        mvc.perform(post("/projects/new").with(as(lead)).with(csrf()).param("title", "My <b>draft</b>")
                        .param("population", "").param("inequity", "Late diagnosis").param("tags", "CORE20"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Start a project")))
                .andExpect(content().string(containsString("Enter the population the project is for")))
                .andExpect(content().string(containsString("Select a status")))
                .andExpect(content().string(containsString("value=\"My &lt;b&gt;draft&lt;/b&gt;\"")))
                .andExpect(content().string(containsString(">Late diagnosis</textarea>")));
        long id = newProject(lead);
        mvc.perform(post("/projects/" + id + "/aim").with(as(lead)).with(csrf()).param("group", "Black women")
                        .param("gapMeasure", "").param("baseline", "18%").param("target", "12%").param("by", "next year"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Error: Step 3")))
                .andExpect(content().string(containsString("Enter a real date")))
                .andExpect(content().string(containsString("value=\"Black women\"")))
                .andExpect(content().string(containsString("value=\"next year\"")));
        mvc.perform(post("/projects/" + id + "/aim").with(as(lead)).with(csrf()).param("group", "Black women")
                        .param("gapMeasure", "").param("baseline", "18%").param("target", "12%").param("by", "2027-03-31"))
                .andExpect(content().string(containsString("Enter the gap measure")))
                .andExpect(content().string(containsString("value=\"18%\"")))
                .andExpect(content().string(containsString("value=\"2027-03-31\"")));
        mvc.perform(post("/projects/" + id + "/pdsa").with(as(lead)).with(csrf()).param("title", "Text reminders")
                        .param("plan", "Send texts").param("predictions", "everyone does better")
                        .param("startDate", "2025-05-01").param("endDate", "2025-04-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write each prediction on its own line")))
                .andExpect(content().string(containsString("End date must be the same as or after the start date")))
                .andExpect(content().string(containsString(">everyone does better</textarea>")));
        mvc.perform(post("/projects/" + id + "/drivers").with(as(lead)).with(csrf()).param("level", "CHANGE_IDEA")
                        .param("text", "Evening clinics"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the secondary driver it belongs to")))
                .andExpect(content().string(containsString("Select where the change idea came from")))
                .andExpect(content().string(containsString("value=\"Evening clinics\"")));
        mvc.perform(post("/projects/" + id + "/progress").with(as(lead)).with(csrf()).param("score", "2.7"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Progress score must be in steps of 0.5")))
                .andExpect(content().string(containsString("value=\"2.7\"")));
        mvc.perform(post("/projects/" + id + "/progress").with(as(lead)).with(csrf()).param("score", "6"))
                .andExpect(content().string(containsString("Progress score must be 5.0 or less")));
        mvc.perform(post("/projects/" + id + "/sources").param("step", "1").with(as(lead)).with(csrf())
                        .param("kind", "EXTERNAL").param("tells", "Rates by ward"))
                .andExpect(content().string(containsString("Enter the name of the source")))
                .andExpect(content().string(containsString(">Rates by ward</textarea>")));
        mvc.perform(post("/projects/" + id + "/comments").param("step", "2").with(as(lead)).with(csrf()).param("body", " "))
                .andExpect(content().string(containsString("Error: Step 2")))
                .andExpect(content().string(containsString("href=\"#body\"")));
        AppUser stranger = newUser(newOrganisation().id(), Role.MEMBER);
        mvc.perform(post("/projects/" + id + "/actions").with(as(lead)).with(csrf()).param("description", "Book room")
                        .param("ownerUserId", String.valueOf(stranger.id())).param("dueOn", "2026-01-01"))
                .andExpect(content().string(containsString("Select an owner from")));
    }

    @Test
    void aTeamWorksThroughTheFiveStepsAndTheHistoryShowsWhoChangedWhat() throws Exception {
        AppUser lead = newUser(demoOrganisationId(), Role.MEMBER);
        long id = newProject(lead);
        AppUser partner = newUser(demoOrganisationId(), Role.CO_PRODUCER);
        mvc.perform(post("/projects/" + id + "/team").with(as(lead)).with(csrf())
                .param("userId", String.valueOf(partner.id())).param("role", "CO_PRODUCER"))
                .andExpect(status().is3xxRedirection());
        ok(lead, post("/projects/" + id + "/sources").param("step", "1").param("kind", "QUALITATIVE")
                .param("name", "Patient feedback themes").param("tells", "Trust").param("gaps", "Few young people"));
        long measure = mhaMeasureId();
        ok(lead, post("/projects/" + id + "/sources").param("step", "2").param("kind", "ANALYSIS_MEASURE")
                .param("refId", String.valueOf(measure)));
        ok(lead, post("/projects/" + id + "/problem").param("problemStatement", "Referral routes miss Core20 areas")
                .param("evidence", "Stage at diagnosis by IMD quintile"));
        ok(lead, post("/projects/" + id + "/aim").param("group", "People in IMD quintile 1").param("gapMeasure",
                "Early-stage diagnosis gap, Q1 to Q5").param("baseline", "9 points").param("target", "3 points")
                .param("by", "2027-03-31"));
        ok(partner, post("/projects/" + id + "/drivers").param("level", "PRIMARY").param("text", "Awareness"));
        long primary = projects.drivers(id).get(0).id();
        ok(partner, post("/projects/" + id + "/drivers").param("level", "SECONDARY").param("parentId", String.valueOf(primary))
                .param("text", "Trusted messengers"));
        long secondary = projects.drivers(id).get(1).id();
        ok(partner, post("/projects/" + id + "/drivers").param("level", "CHANGE_IDEA")
                .param("parentId", String.valueOf(secondary)).param("text", "Faith leaders talk about symptoms")
                .param("origin", "COMMUNITY"));
        long idea = projects.drivers(id).get(2).id();
        ok(lead, post("/projects/" + id + "/pdsa").param("title", "Two talks at a church").param("changeIdeaId",
                String.valueOf(idea)).param("measureId", String.valueOf(measure)).param("plan", "Two talks in May")
                .param("predictions", "IMD Q1: 10 referrals\nIMD Q5: no change").param("startDate", "2025-05-04"));
        ok(lead, post("/projects/" + id + "/notes").param("noteMeasureId", String.valueOf(measure))
                .param("notedOn", "2024-07-01").param("noteText", "New referral form live"));
        ok(lead, post("/projects/" + id + "/equity").param("answer-design-aims", "The steering group with partners")
                .param("rating-principle-3", "2"));
        ok(lead, post("/projects/" + id + "/progress").param("score", "1.5").param("note", "Planning done"));

        mvc.perform(get("/projects/" + id + "/steps/4").with(as(lead)))
                .andExpect(content().string(containsString("Change idea: Faith leaders talk about symptoms (from community)")));
        mvc.perform(get("/projects/" + id + "/steps/3").with(as(lead)))
                .andExpect(content().string(containsString("For People in IMD quintile 1")));
        mvc.perform(get("/projects/" + id + "/steps/5").with(as(lead)))
                .andExpect(content().string(containsString("IMD Q1")))
                .andExpect(content().string(containsString("href=\"/measures/" + measure + "\"")));
        mvc.perform(get("/projects/" + id + "/equity").with(as(lead)))
                .andExpect(content().string(containsString("The steering group with partners")));
        mvc.perform(get("/projects/" + id + "/history").with(as(lead)))
                .andExpect(content().string(containsString("Changed the equity aim")))
                .andExpect(content().string(containsString("Set the progress score to 1.5")));
        mvc.perform(get("/projects").param("tag", "ADULT_CANCER").param("minScore", "1.5").with(as(lead)))
                .andExpect(content().string(containsString("/projects/" + id + "\"")));
        mvc.perform(get("/projects").param("status", "CLOSED").with(as(lead)))
                .andExpect(content().string(not(containsString("/projects/" + id + "\""))));

        // The cycle is pinned on the measure's charts for this organisation only, and drawn on them.
        var annotations = annotationSources.stream().flatMap(s -> s.annotationsFor(demoOrganisationId(), measure).stream())
                .toList();
        assertThat(annotations).anySatisfy(a -> {
            assertThat(a.date()).isEqualTo(LocalDate.of(2025, 5, 4));
            assertThat(a.label()).isEqualTo("PDSA: Two talks at a church");
            assertThat(a.href()).startsWith("/projects/" + id + "/steps/5#pdsa-");
        });
        assertThat(annotations).anySatisfy(a -> assertThat(a.label()).isEqualTo("New referral form live"));
        long otherOrganisation = newOrganisation().id();
        assertThat(annotationSources.stream().flatMap(s -> s.annotationsFor(otherOrganisation, measure).stream())).isEmpty();
        mvc.perform(get("/measures/" + measure).with(as(lead)))
                .andExpect(content().string(containsString("PDSA: Two talks at a church")));
        AppUser stranger = newUser(otherOrganisation, Role.MEMBER);
        long theirs = newProject(stranger);
        mvc.perform(post("/projects/" + theirs + "/pdsa").with(as(stranger)).with(csrf()).param("title", "Borrowed")
                        .param("measureId", String.valueOf(measure)).param("plan", "x").param("predictions", "A: b")
                        .param("startDate", "2025-05-04"))
                .andExpect(content().string(containsString("Select a measure of")));
        assertThat(jdbc.sql("select count(*) from audit_event where object_type = 'PROJECT' and object_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isGreaterThanOrEqualTo(10);
    }

    private String history(long id, AppUser user) throws Exception {
        return mvc.perform(get("/projects/" + id + "/history").with(as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private long auditCount(String action, long projectId) {
        return jdbc.sql("select count(*) from audit_event where action = ? and object_type = 'PROJECT' and object_id = ?")
                .params(action, String.valueOf(projectId)).query(Long.class).single();
    }

    @Test
    void sourcesAreChangedByTheTeamWithTheSameRulesAsAdding() throws Exception {
        AppUser lead = newUser(demoOrganisationId(), Role.MEMBER);
        long id = newProject(lead);
        AppUser partner = newUser(demoOrganisationId(), Role.MEMBER);
        ok(lead, post("/projects/" + id + "/team").param("userId", String.valueOf(partner.id())).param("role", "CO_PRODUCER"));
        ok(lead, post("/projects/" + id + "/sources").param("step", "1").param("kind", "EXTERNAL")
                .param("name", "Census 2021 by ward").param("tells", "Population by ethnicity").param("gaps", ""));
        long source = projects.sources(id).get(0).id();
        String edit = "/projects/" + id + "/sources/" + source + "/edit";

        mvc.perform(get("/projects/" + id + "/steps/1").with(as(lead)))
                .andExpect(content().string(containsString("href=\"" + edit + "\"")));
        mvc.perform(get(edit).with(as(lead))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Change external source")))
                .andExpect(content().string(containsString("value=\"Census 2021 by ward\"")))
                .andExpect(content().string(containsString(">Population by ethnicity</textarea>")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        // Invalid: the summary links to the field, the page keeps what was typed and nothing is saved.
        mvc.perform(post(edit).with(as(lead)).with(csrf()).param("kind", "EXTERNAL").param("name", " ")
                        .param("tells", "Population by <ethnicity>").param("gaps", "Older than 2021"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Change external source")))
                .andExpect(content().string(containsString("href=\"#name\"")))
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString(">Population by &lt;ethnicity&gt;</textarea>")));
        mvc.perform(post(edit).with(as(lead)).with(csrf()).param("kind", "BENCHMARK").param("name", "Census"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select a kind of source for step 1")));
        assertThat(projects.sources(id).get(0).gaps()).isNull();

        // Refused: another organisation (404), not allowed to add sources (403), no CSRF token (403).
        AppUser stranger = newUser(newOrganisation().id(), Role.ADMIN);
        mvc.perform(get(edit).with(as(stranger))).andExpect(status().isNotFound());
        mvc.perform(post(edit).with(as(stranger)).with(csrf()).param("kind", "EXTERNAL").param("name", "x"))
                .andExpect(status().isNotFound());
        AppUser offTeam = newUser(demoOrganisationId(), Role.MEMBER);
        for (AppUser refused : List.of(partner, offTeam, demoUser(Role.VIEWER))) {
            expectForbidden(get(edit), refused);
            expectForbidden(post(edit).param("kind", "EXTERNAL").param("name", "Taken over"), refused);
            expectForbidden(post(edit).param("kind", "EXTERNAL").param("name", " "), refused);
        }
        expectRefusedWithoutCsrfToken(lead, edit, post(edit).param("kind", "EXTERNAL").param("name", "Forged"));
        long otherProject = newProject(lead);
        mvc.perform(get("/projects/" + otherProject + "/sources/" + source + "/edit").with(as(lead)))
                .andExpect(status().isNotFound());
        assertThat(projects.sources(id).get(0).name()).isEqualTo("Census 2021 by ward");

        mvc.perform(post(edit).with(as(lead)).with(csrf()).param("kind", "QUALITATIVE").param("name", "Census 2021 by ward")
                        .param("tells", "Population by ethnicity").param("gaps", "Ten years old by the end"))
                .andExpect(redirectedUrl("/projects/" + id + "/steps/1#sources"));
        var changed = projects.sources(id).get(0);
        assertThat(changed.kind()).isEqualTo(SourceKind.QUALITATIVE);
        assertThat(changed.gaps()).isEqualTo("Ten years old by the end");
        assertThat(history(id, lead))
                .contains("Changed an external source (step 1): kind from External source to Qualitative insight; gaps")
                .doesNotContain("Ten years old by the end");
        assertThat(auditCount("PROJECT_SOURCE_CHANGED", id)).isEqualTo(1);

        // An app measure changed for another: the history names both.
        long measure = mhaMeasureId();
        ok(lead, post("/projects/" + id + "/sources").param("step", "5").param("kind", "OUTCOME_MEASURE")
                .param("refId", String.valueOf(measure)));
        long outcome = projects.sources(id).get(1).id();
        ok(lead, post("/projects/" + id + "/sources/" + outcome + "/edit").param("kind", "BALANCING_MEASURE")
                .param("name", "Restraint counted on the ward").param("tells", "Harm"));
        assertThat(projects.sources(id).get(1).name()).isEqualTo("Restraint counted on the ward");
        assertThat(history(id, lead)).contains("Changed an outcome measure (step 5): kind from Outcome measure to "
                + "Balancing measure; app measure or dataset from " + ProjectDemoSeeder.MHA_MEASURE + " to none; name; "
                + "what it tells us");
    }

    @Test
    void sessionsAreChangedByWhoeverMayRecordThem() throws Exception {
        AppUser lead = newUser(demoOrganisationId(), Role.ANALYST);
        long id = newProject(lead);
        AppUser partner = newUser(demoOrganisationId(), Role.CO_PRODUCER);
        ok(lead, post("/projects/" + id + "/team").param("userId", String.valueOf(partner.id())).param("role", "CO_PRODUCER"));
        ok(lead, post("/projects/" + id + "/sessions").param("kind", "INTERPRETATION").param("heldOn", "2025-03-04")
                .param("participants", "6 community members").param("decisions", "Waits drive the gap"));
        ok(partner, post("/projects/" + id + "/sessions").param("kind", "CODESIGN").param("heldOn", "2025-06-10")
                .param("participants", "4 partners, 2 staff").param("powerSharing", "Partners chaired")
                .param("decisions", "Evening clinic").param("decidedBy", "Everyone, by vote"));
        long interpretation = projects.sessions(id).get(0).id();
        long coDesign = projects.sessions(id).get(1).id();
        String editInterpretation = "/projects/" + id + "/sessions/" + interpretation + "/edit";
        String editCoDesign = "/projects/" + id + "/sessions/" + coDesign + "/edit";

        // The co-producer changes the co-design session, not the co-interpretation one.
        mvc.perform(get("/projects/" + id + "/steps/4").with(as(partner)))
                .andExpect(content().string(containsString("href=\"" + editCoDesign + "\"")));
        mvc.perform(get("/projects/" + id + "/steps/2").with(as(partner)))
                .andExpect(content().string(not(containsString(editInterpretation))));
        mvc.perform(get(editCoDesign).with(as(partner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Change co-design session of 10 June 2025")))
                .andExpect(content().string(containsString("value=\"2025-06-10\"")))
                .andExpect(content().string(containsString(">Partners chaired</textarea>")))
                .andExpect(content().string(containsString("value=\"Everyone, by vote\"")));
        mvc.perform(post(editCoDesign).with(as(partner)).with(csrf()).param("kind", "CODESIGN").param("heldOn", "soon")
                        .param("participants", "4 partners, 2 staff").param("decisions", "Evening clinic"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Change co-design session")))
                .andExpect(content().string(containsString("href=\"#heldOn\">Enter a real date")))
                .andExpect(content().string(containsString("value=\"soon\"")));
        mvc.perform(post(editCoDesign).with(as(partner)).with(csrf()).param("kind", "CODESIGN").param("heldOn", "2025-06-10")
                        .param("participants", "4 partners, 3 staff").param("decisions", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#decisions\">Enter what was decided or read into the data")))
                .andExpect(content().string(containsString(">4 partners, 3 staff</textarea>")));
        expectForbidden(get(editInterpretation), partner);
        expectForbidden(post(editInterpretation).param("kind", "INTERPRETATION").param("heldOn", "2025-03-05")
                .param("participants", "x").param("decisions", "y"), partner);
        // The kind posted does not change who may edit: the stored session's kind decides.
        expectForbidden(post(editInterpretation).param("kind", "CODESIGN").param("heldOn", "2025-03-05")
                .param("participants", "x").param("decisions", "y"), partner);
        AppUser viewer = demoUser(Role.VIEWER);
        expectForbidden(get(editCoDesign), viewer);
        expectForbidden(post(editCoDesign).param("kind", "CODESIGN").param("heldOn", "2025-06-11")
                .param("participants", "x").param("decisions", "y"), viewer);
        expectForbidden(post(editCoDesign).param("kind", "CODESIGN"), newUser(demoOrganisationId(), Role.CO_PRODUCER));
        AppUser stranger = newUser(newOrganisation().id(), Role.ADMIN);
        mvc.perform(get(editCoDesign).with(as(stranger))).andExpect(status().isNotFound());
        mvc.perform(post(editInterpretation).with(as(stranger)).with(csrf()).param("kind", "INTERPRETATION"))
                .andExpect(status().isNotFound());
        assertThat(projects.sessions(id).get(0).participants()).isEqualTo("6 community members");

        mvc.perform(post(editCoDesign).with(as(partner)).with(csrf()).param("kind", "INTERPRETATION")
                        .param("heldOn", "2025-06-17").param("participants", "4 partners, 2 staff")
                        .param("powerSharing", "Partners chaired and set the agenda").param("decisions", "Evening clinic")
                        .param("decidedBy", "Everyone, by vote"))
                .andExpect(redirectedUrl("/projects/" + id + "/steps/4#session-" + coDesign));
        var changed = projects.sessions(id).stream().filter(s -> s.id() == coDesign).findFirst().orElseThrow();
        assertThat(changed.kind()).isEqualTo(SessionKind.CODESIGN);
        assertThat(changed.heldOn()).isEqualTo(LocalDate.of(2025, 6, 17));
        assertThat(changed.powerSharing()).isEqualTo("Partners chaired and set the agenda");
        assertThat(changed.createdBy()).isEqualTo(partner.id());
        ok(lead, post(editInterpretation).param("kind", "INTERPRETATION").param("heldOn", "2025-03-04")
                .param("participants", "6 community members, 1 analyst").param("decisions", "Waits drive the gap"));
        assertThat(history(id, lead))
                .contains("Changed the co-design session of 10 June 2025: date from 10 June 2025 to 17 June 2025; "
                        + "how power was shared")
                .contains("Changed the co-interpretation session of 4 March 2025: who took part")
                .doesNotContain("set the agenda");
        assertThat(auditCount("PROJECT_SESSION_CHANGED", id)).isEqualTo(2);
    }

    @Test
    void onlyTheAuthorEditsACommentAndItShowsEdited() throws Exception {
        AppUser lead = newUser(demoOrganisationId(), Role.MEMBER);
        long id = newProject(lead);
        AppUser partner = newUser(demoOrganisationId(), Role.CO_PRODUCER);
        ok(lead, post("/projects/" + id + "/team").param("userId", String.valueOf(partner.id())).param("role", "CO_PRODUCER"));
        ok(partner, post("/projects/" + id + "/comments").param("step", "3").param("body", "The statment blames families"));
        ok(lead, post("/projects/" + id + "/comments").param("body", "Kick-off on Monday"));
        long partners = projects.comments(id).get(0).id();
        long leads = projects.comments(id).get(1).id();
        String edit = "/projects/" + id + "/comments/" + partners + "/edit";

        mvc.perform(get("/projects/" + id + "/steps/3").with(as(partner)))
                .andExpect(content().string(containsString("href=\"" + edit + "\"")));
        mvc.perform(get("/projects/" + id + "/steps/3").with(as(lead)))
                .andExpect(content().string(not(containsString(edit))));
        mvc.perform(get(edit).with(as(partner))).andExpect(status().isOk())
                .andExpect(content().string(containsString(">The statment blames families</textarea>")));
        mvc.perform(post(edit).with(as(partner)).with(csrf()).param("body", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Edit your comment")))
                .andExpect(content().string(containsString("href=\"#body\"")))
                .andExpect(content().string(containsString("Enter a comment")));

        // Nobody else edits it, not even the project lead or an administrator; another organisation gets 404.
        for (AppUser refused : List.of(lead, demoUser(Role.ADMIN))) {
            expectForbidden(get(edit), refused);
            expectForbidden(post(edit).param("body", "Rewritten by someone else"), refused);
        }
        expectForbidden(post("/projects/" + id + "/comments/" + leads + "/edit").param("body", "x"), partner);
        AppUser stranger = newUser(newOrganisation().id(), Role.ADMIN);
        mvc.perform(get(edit).with(as(stranger))).andExpect(status().isNotFound());
        mvc.perform(post(edit).with(as(stranger)).with(csrf()).param("body", "x")).andExpect(status().isNotFound());
        expectRefusedWithoutCsrfToken(partner, edit, post(edit).param("body", "No token"));
        assertThat(projects.comments(id).get(0).body()).isEqualTo("The statment blames families");
        assertThat(projects.comments(id).get(0).edited()).isFalse();

        mvc.perform(post(edit).with(as(partner)).with(csrf()).param("body", "The statement blames families"))
                .andExpect(redirectedUrl("/projects/" + id + "/steps/3#comment-" + partners));
        assertThat(projects.comments(id).get(0).edited()).isTrue();
        mvc.perform(get("/projects/" + id + "/steps/3").with(as(demoUser(Role.VIEWER))))
                .andExpect(content().string(containsString(", edited):")))
                .andExpect(content().string(containsString("The statement blames families")));
        mvc.perform(get("/projects/" + id).with(as(lead)))
                .andExpect(content().string(containsString("Kick-off on Monday")))
                .andExpect(content().string(not(containsString(", edited):"))));
        assertThat(history(id, lead)).contains("Edited a comment on step 3").doesNotContain("blames families");
        assertThat(auditCount("PROJECT_COMMENT_EDITED", id)).isEqualTo(1);

        // A partner taken off the team can no longer edit what they wrote.
        long membership = projects.members(id).stream().filter(m -> m.userId() == partner.id()).findFirst().orElseThrow().id();
        ok(lead, post("/projects/" + id + "/team/" + membership + "/remove"));
        expectForbidden(post(edit).param("body", "After leaving"), partner);
    }

    @Test
    void rewordingADriverWithoutTextIsAFormErrorOnThatField() throws Exception {
        AppUser lead = newUser(demoOrganisationId(), Role.MEMBER);
        long id = newProject(lead);
        ok(lead, post("/projects/" + id + "/drivers").param("level", "PRIMARY").param("text", "Access"));
        ok(lead, post("/projects/" + id + "/drivers").param("level", "PRIMARY").param("text", "Trust"));
        long access = projects.drivers(id).get(0).id();
        long trust = projects.drivers(id).get(1).id();
        String tooLong = "Evening <clinics> ".repeat(30);
        mvc.perform(post("/projects/" + id + "/drivers/" + trust).with(as(lead)).with(csrf()).param("text", tooLong))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Step 4")))
                .andExpect(content().string(containsString("class=\"nhsuk-error-summary\"")))
                .andExpect(content().string(containsString("href=\"#driver-text-" + trust + "\">Text must be 500 characters or fewer</a>")))
                .andExpect(content().string(containsString("id=\"driver-text-" + trust + "-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"driver-text-" + trust + "-error\"")))
                .andExpect(content().string(containsString("value=\"" + tooLong.replace("<", "&lt;").replace(">", "&gt;") + "\"")))
                .andExpect(content().string(containsString("id=\"driver-text-" + access + "\" value=\"Access\"")))
                .andExpect(content().string(not(containsString("driver-text-" + access + "-error"))));
        mvc.perform(post("/projects/" + id + "/drivers/" + access).with(as(lead)).with(csrf()).param("text", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#driver-text-" + access + "\">Enter the text of the driver or change idea</a>")));
        assertThat(projects.drivers(id)).extracting(d -> d.text()).containsExactly("Access", "Trust");
        // A refused user learns nothing from validation; an unknown node is 404.
        expectForbidden(post("/projects/" + id + "/drivers/" + trust).param("text", ""), demoUser(Role.VIEWER));
        mvc.perform(post("/projects/" + id + "/drivers/" + (trust + 1000)).with(as(lead)).with(csrf()).param("text", ""))
                .andExpect(status().isNotFound());
        mvc.perform(post("/projects/" + id + "/drivers/" + trust).with(as(lead)).with(csrf()).param("text", "Trusted messengers"))
                .andExpect(redirectedUrl("/projects/" + id + "/steps/4#drivers"));
        assertThat(projects.drivers(id).get(1).text()).isEqualTo("Trusted messengers");
    }

    /** A post from a signed-in session that has the form, but without its token. */
    private void expectRefusedWithoutCsrfToken(AppUser user, String formPage, MockHttpServletRequestBuilder post)
            throws Exception {
        var session = new MockHttpSession();
        mvc.perform(get(formPage).with(as(user)).session(session)).andExpect(status().isOk());
        mvc.perform(post.with(as(user)).session(session)).andExpect(status().isForbidden());
    }

    private void ok(AppUser user, MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(as(user)).with(csrf())).andExpect(status().is3xxRedirection());
    }
}

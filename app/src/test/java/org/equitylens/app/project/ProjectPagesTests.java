package org.equitylens.app.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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

    private void ok(AppUser user, MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(as(user)).with(csrf())).andExpect(status().is3xxRedirection());
    }
}

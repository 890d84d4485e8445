package org.equitylens.app.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.equitylens.app.user.AppUser;
import org.equitylens.app.user.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Changes to a measure that its cached dashboard must follow: the focus group (chosen on the form or the
 * dashboard, checked on the server, audited) that the summary and gap charts lead with, and a rebase.
 */
abstract class MeasureChangesTests extends MeasureAppTest {

    private static final String BLACK = "Black or Black British";

    /** A copy of the demo's MHA measure with other focus groups, so that changing it leaves the demo's alone. */
    private Measure copyOfMhaMeasure(Map<String, String> focus) {
        Measure demo = demoMeasure(MHA_MEASURE);
        long id = measures.insert(new Measure(0, demo.organisationId(), demo.datasetId(), unique("MHA copy"), null, demo.type(),
                demo.numerator(), demo.denominator(), demo.grain(), demo.unit(), demo.multiplier(), demo.direction(), demo.target(),
                demo.chart(), demo.dimensions(), demo.referenceGroups(), focus, List.of()), demoUser(Role.ANALYST).id());
        return measures.findById(id).orElseThrow();
    }

    private String page(long id, AppUser user) throws Exception {
        return mvc.perform(get("/measures/" + id).with(as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String results(long id, AppUser user) throws Exception {
        return mvc.perform(get("/api/v1/measures/" + id + "/results").with(as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static String summary(String page) {
        int start = page.indexOf("id=\"summary\"");
        return page.substring(page.indexOf('>', start) + 1, page.indexOf("</p>", start));
    }

    /** The gap in the latest period furthest from parity, which leads when there is no focus group. */
    private static String furthestFromParity(String results) {
        List<Map<String, Object>> gaps = JsonPath.read(results, "$.gaps");
        String latest = JsonPath.read(results, "$.overall.points[-1].period");
        String furthest = null;
        double distance = -1;
        for (Map<String, Object> gap : gaps) {
            List<Map<String, Object>> points = JsonPath.read(gap, "$.points[?(@.period == '" + latest + "')]");
            if (!points.isEmpty()) {
                double ratio = ((Number) JsonPath.read(points.get(0), "$.ratio.value")).doubleValue();
                if (Math.abs(Math.log(ratio)) > distance) {
                    distance = Math.abs(Math.log(ratio));
                    furthest = (String) gap.get("label");
                }
            }
        }
        return furthest;
    }

    @Test
    void theDemoMeasureLeadsWithBlackResidentsInEveryView() throws Exception {
        Measure demo = demoMeasure(MHA_MEASURE);
        assertThat(demo.focusGroups()).containsEntry("ethnic_group_census", "BLACK");
        for (Role role : new Role[] {Role.ANALYST, Role.VIEWER}) {
            AppUser user = demoUser(role);
            assertThat(summary(page(demo.id(), user))).as(role.name())
                    .matches("In the latest quarter \\(from \\d{4}-\\d{2}-\\d{2}\\) the rate for " + BLACK
                            + " was \\d+\\.\\d times the rate for White \\(95% CI .*");
            String results = results(demo.id(), user);
            assertThat((String) JsonPath.read(results, "$.focusGroup")).isEqualTo(BLACK);
            assertThat((String) JsonPath.read(results, "$.gaps[0].label")).isEqualTo(BLACK);
        }
        String gapChart = mvc.perform(get("/measures/" + demo.id() + "/charts/gap.svg").with(as(demoUser(Role.VIEWER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // The focus group's panel is drawn first, and its gap read first in the chart's description.
        assertThat(gapChart.indexOf("<g class=\"panel\"><title>" + BLACK + ":")).isPositive()
                .isEqualTo(gapChart.indexOf("<g class=\"panel\">"));
        assertThat(gapChart.substring(gapChart.indexOf("<desc"))).startsWith("<desc id=\"spcgrid-desc\">" + BLACK + ":");
    }

    @Test
    void changingTheFocusGroupIsCheckedAuditedAndRedrawsTheCachedDashboard() throws Exception {
        Measure measure = copyOfMhaMeasure(Map.of());
        AppUser analyst = demoUser(Role.ANALYST);
        String before = results(measure.id(), analyst);
        String furthest = furthestFromParity(before);
        assertThat(furthest).isNotEqualTo(BLACK);
        assertThat(summary(page(measure.id(), analyst))).contains("the rate for " + furthest + " was");
        assertThat(summary(page(measure.id(), demoUser(Role.MEMBER)))).contains("the rate for ");
        assertThat(page(measure.id(), analyst)).contains("id=\"focus-ethnic_group_census\"")
                .contains("<option value=\"BLACK\">" + BLACK + "</option>");

        for (Role role : new Role[] {Role.MEMBER, Role.CO_PRODUCER, Role.VIEWER}) {
            mvc.perform(post("/measures/" + measure.id() + "/focus-groups").param("focus.ethnic_group_census", "BLACK")
                    .with(as(demoUser(role))).with(csrf())).andExpect(status().isForbidden());
        }
        AppUser outsider = newUser(newOrganisation().id(), Role.ANALYST);
        mvc.perform(post("/measures/" + measure.id() + "/focus-groups").param("focus.ethnic_group_census", "BLACK")
                .with(as(outsider)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/measures/" + measure.id() + "/focus-groups").param("focus.ethnic_group_census", "BLACK").with(as(analyst)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/measures/" + measure.id() + "/focus-groups").param("focus.ethnic_group_census", "WHITE")
                        .with(as(analyst)).with(csrf()))
                .andExpect(flash().attribute("focusError", "The focus group for Ethnic group (Census 2021) must not be its reference group"))
                .andExpect(flash().attribute("focusErrorField", "focus-ethnic_group_census"));
        mvc.perform(post("/measures/" + measure.id() + "/focus-groups").param("focus.ethnic_category", "NOPE")
                        .with(as(analyst)).with(csrf()))
                .andExpect(flash().attribute("focusError", "Select the focus group for Ethnic category from the list"));
        assertThat(measures.findById(measure.id()).orElseThrow().focusGroups()).isEmpty();
        assertThat(auditCount(MeasureAuditActions.MEASURE_FOCUS_CHANGED, measure.id())).isZero();
        mvc.perform(get("/measures/" + measure.id()).with(as(analyst)).flashAttr("focusError", "Select the focus group from the list")
                        .flashAttr("focusErrorField", "focus-ethnic_group_census"))
                .andExpect(content().string(containsString("nhsuk-form-group--error")))
                .andExpect(content().string(containsString("Select the focus group from the list")));

        mvc.perform(post("/measures/" + measure.id() + "/focus-groups").param("focus.ethnic_group_census", "BLACK")
                .param("focus.ethnic_category", "").with(as(analyst)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(measures.findById(measure.id()).orElseThrow().focusGroups()).isEqualTo(Map.of("ethnic_group_census", "BLACK"));
        assertThat(auditCount(MeasureAuditActions.MEASURE_FOCUS_CHANGED, measure.id())).isEqualTo(1);
        // Both cached views were drawn before the change; both now lead with the focus group.
        assertThat(summary(page(measure.id(), analyst))).contains("the rate for " + BLACK + " was");
        assertThat(summary(page(measure.id(), demoUser(Role.MEMBER)))).contains("the rate for " + BLACK + " was");
        assertThat(page(measure.id(), analyst)).contains("<option value=\"BLACK\" selected=\"selected\">" + BLACK + "</option>");

        mvc.perform(post("/measures/" + measure.id() + "/focus-groups").param("focus.ethnic_group_census", "")
                .with(as(analyst)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(measures.findById(measure.id()).orElseThrow().focusGroups()).isEmpty();
        assertThat(summary(page(measure.id(), analyst))).contains("the rate for " + furthest + " was");
    }

    @Test
    void theMeasureFormOffersTheDimensionsGroupsAndChecksTheFocusGroup() throws Exception {
        AppUser analyst = demoUser(Role.ANALYST);
        mvc.perform(get("/measures/new").param("dataset", String.valueOf(demoDataset())).with(as(analyst))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<select class=\"nhsuk-select\" id=\"focus-ethnic_group_census\" name=\"focus.ethnic_group_census\">")))
                .andExpect(content().string(containsString("<option value=\"BLACK\">" + BLACK + "</option>")));
        String name = unique("Focused detentions");
        java.util.function.Function<String, MockHttpServletRequestBuilder> form = focus -> post("/measures").with(as(analyst))
                .with(csrf()).param("datasetId", String.valueOf(demoDataset())).param("name", name).param("type", "OUTCOME").param("numerator", "rows").param("denominator", "population:ICB:QMF")
                .param("grain", "QUARTER").param("unit", "per 100,000").param("multiplier", "100000").param("direction", "DECREASE")
                .param("chart", "AUTO").param("dimension", "ethnic_group_census").param("reference.ethnic_group_census", "WHITE")
                .param("focus.ethnic_group_census", focus);
        mvc.perform(form.apply("WHITE")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"#focus-ethnic_group_census\">The focus group for Ethnic group (Census 2021) must not be its reference group</a>")));
        mvc.perform(form.apply("A")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the focus group for Ethnic group (Census 2021) from the list")));
        assertThat(measures.findByOrganisation(demoOrganisationId())).noneMatch(m -> m.name().equals(name));

        String created = mvc.perform(form.apply("BLACK")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        Measure measure = measures.findById(Long.parseLong(created.replaceAll("\\D+", ""))).orElseThrow();
        assertThat(measure.focusGroups()).isEqualTo(Map.of("ethnic_group_census", "BLACK"));
        assertThat(summary(page(measure.id(), analyst))).contains("the rate for " + BLACK + " was");
    }

    @Test
    void aRebaseRedrawsTheCachedDashboardInEveryView() throws Exception {
        Measure measure = copyOfMhaMeasure(Map.of());
        AppUser analyst = demoUser(Role.ANALYST);
        AppUser viewer = demoUser(Role.VIEWER);
        List<String> periods = JsonPath.read(results(measure.id(), analyst), "$.overall.points[*].period");
        LocalDate from = LocalDate.parse(periods.get(periods.size() / 2));
        String label = "Rebased " + from.format(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.ENGLISH));
        assertThat(page(measure.id(), analyst)).doesNotContain(label);
        assertThat(page(measure.id(), viewer)).doesNotContain(label);
        mvc.perform(post("/measures/" + measure.id() + "/rebase").param("date", from.toString()).param("reason", "New crisis line")
                .with(as(analyst)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page(measure.id(), analyst)).contains(label);
        assertThat(page(measure.id(), viewer)).contains(label);
        String exported = mvc.perform(get("/measures/" + measure.id() + "/charts/overall.svg").with(as(viewer)))
                .andReturn().getResponse().getContentAsString();
        assertThat(exported).contains(label);
    }
}

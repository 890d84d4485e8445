package org.equitylens.app.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.equitylens.app.dataset.AnalyticsStore;
import org.equitylens.app.dataset.Dataset;
import org.equitylens.app.dataset.DatasetStatus;
import org.equitylens.app.user.AppUser;
import org.equitylens.app.user.Role;
import org.equitylens.engine.store.DatasetCatalogue;
import org.equitylens.engine.store.DatasetInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The dataset, measure, board, export and API routes over HTTP: every role, another organisation,
 * suppression for each audience, the validation report of a bad file.
 */
abstract class DashboardPagesTests extends MeasureAppTest {

    @Autowired
    AnalyticsStore store;

    private long demoMeasure() {
        return demoMeasure(MHA_MEASURE).id();
    }

    @Test
    void everyRoleSeesTheDatasetsMeasuresBoardAndApiDocs() throws Exception {
        for (Role role : Role.values()) {
            AppUser user = demoUser(role);
            mvc.perform(get("/datasets").with(as(user))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("MHA detentions (synthetic)")));
            mvc.perform(get("/measures").with(as(user))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Detentions under the Mental Health Act")));
            mvc.perform(get("/board").with(as(user))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Board summary")))
                    .andExpect(content().string(containsString("<svg")));
            mvc.perform(get("/api/docs").with(as(user))).andExpect(status().isOk());
            mvc.perform(get("/datasets/" + demoDataset()).with(as(user))).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/openapi.json").with(as(demoUser(Role.VIEWER)))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/measures/{id}/results']").exists());
        mvc.perform(get("/datasets")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/measures")).andExpect(status().isUnauthorized());
    }

    @Test
    void onlyAdminsAndAnalystsUploadDefineOrDelete() throws Exception {
        for (Role role : new Role[] {Role.MEMBER, Role.CO_PRODUCER, Role.VIEWER}) {
            AppUser user = demoUser(role);
            mvc.perform(get("/datasets/new").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(multipart("/datasets").file(new MockMultipartFile("file", "x.csv", "text/csv", "a\n1\n".getBytes()))
                    .param("name", "x").with(as(user)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(get("/measures/new").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/measures").param("name", "x").with(as(user)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(get("/datasets/" + demoDataset() + "/delete").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/datasets/" + demoDataset() + "/delete").with(as(user)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/measures/" + demoMeasure() + "/rebase").param("date", "2024-01-01").param("reason", "x")
                    .with(as(user)).with(csrf())).andExpect(status().isForbidden());
        }
        // Without the CSRF token the delete is refused (the shell sends the user back to sign in) and nothing changes.
        mvc.perform(post("/datasets/" + demoDataset() + "/delete").with(as(demoUser(Role.ANALYST))))
                .andExpect(status().is3xxRedirection());
        assertThat(datasets.findById(demoDataset())).isPresent();
    }

    @Test
    void anotherOrganisationsDatasetsAndMeasuresAreNotFound() throws Exception {
        var other = newOrganisation();
        AppUser outsider = newUser(other.id(), Role.ANALYST);
        long measure = demoMeasure();
        long dataset = demoDataset();
        for (String path : new String[] {"/datasets/" + dataset, "/datasets/" + dataset + "/quality", "/datasets/" + dataset + "/delete",
                "/datasets/" + dataset + "/mapping", "/measures/" + measure, "/measures/" + measure + "/export.csv",
                "/measures/" + measure + "/export.xlsx", "/measures/" + measure + "/charts/gap.svg",
                "/api/v1/measures/" + measure + "/results", "/measures/new?dataset=" + dataset}) {
            if (path.startsWith("/measures/new")) {
                // The form lists only the user's own datasets; the other organisation's is not offered.
                mvc.perform(get(path).with(as(outsider))).andExpect(status().isOk())
                        .andExpect(content().string(not(containsString("MHA detentions (synthetic)"))));
                continue;
            }
            mvc.perform(get(path).with(as(outsider))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/datasets/" + dataset + "/delete").with(as(outsider)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/measures").with(as(outsider)).with(csrf()).param("datasetId", String.valueOf(dataset)).param("name", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/datasets").with(as(outsider))).andExpect(content().string(not(containsString("MHA detentions"))));
        mvc.perform(get("/api/v1/datasets").with(as(outsider))).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/measures").with(as(outsider))).andExpect(jsonPath("$.length()").value(0));
        assertThat(datasets.findById(dataset)).isPresent();
    }

    @Test
    void analystsSeeTheAuditedWorkingViewAndOtherRolesTheProtectedView() throws Exception {
        long id = demoMeasure();
        long before = auditCount(MeasureAuditActions.MEASURE_UNSUPPRESSED_VIEWED, id);
        mvc.perform(get("/measures/" + id).with(as(demoUser(Role.ANALYST)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Working view")))
                .andExpect(content().string(containsString("id=\"gap-chart\"")))
                .andExpect(content().string(containsString("times the rate for White")))
                .andExpect(content().string(not(containsString("Disclosure control applied"))));
        assertThat(auditCount(MeasureAuditActions.MEASURE_UNSUPPRESSED_VIEWED, id)).isEqualTo(before + 1);
        for (Role role : new Role[] {Role.MEMBER, Role.CO_PRODUCER, Role.VIEWER}) {
            String page = mvc.perform(get("/measures/" + id).param("dimension", "ethnic_category").with(as(demoUser(role))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Disclosure control applied")))
                    .andExpect(content().string(containsString("NHSD-2018")))
                    .andExpect(content().string(not(containsString("Working view"))))
                    .andReturn().getResponse().getContentAsString();
            assertRoundedCounts(tableCells(page, "latest-table"));
            assertCompleteness(tableCells(page, "latest-table"));
        }
        assertThat(auditCount(MeasureAuditActions.MEASURE_UNSUPPRESSED_VIEWED, id)).isEqualTo(before + 1);
        String working = mvc.perform(get("/measures/" + id).param("dimension", "ethnic_category").with(as(demoUser(Role.ANALYST))))
                .andReturn().getResponse().getContentAsString();
        assertThat(working).contains("Completeness of the dimension");
        assertCompleteness(tableCells(working, "latest-table"));
        mvc.perform(get("/api/v1/measures/" + id + "/results").with(as(demoUser(Role.ANALYST))))
                .andExpect(jsonPath("$.suppressed").value(false)).andExpect(jsonPath("$.policy").doesNotExist());
        mvc.perform(get("/api/v1/measures/" + id + "/results").param("dimension", "ethnic_category").with(as(demoUser(Role.MEMBER))))
                .andExpect(jsonPath("$.suppressed").value(true))
                .andExpect(jsonPath("$.policy", containsString("NHSD-2018")))
                .andExpect(jsonPath("$.gaps").isArray())
                .andExpect(jsonPath("$.completeness[0].period").exists())
                .andExpect(jsonPath("$.latest[0].completeness", org.hamcrest.Matchers.matchesPattern("\\*|\\d{1,3}\\.\\d%")));
    }

    @Test
    void everyExportIsSuppressedNamedAndAuditedWhateverTheRole() throws Exception {
        long id = demoMeasure();
        for (Role role : Role.values()) {
            String csv = mvc.perform(get("/measures/" + id + "/export.csv").param("dimension", "ethnic_category").with(as(demoUser(role))))
                    .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("text/csv")))
                    .andReturn().getResponse().getContentAsString();
            assertThat(csv).contains("NHSD-2018").startsWith(String.join(",", MeasureExportController.HEADER) + "\n");
            // Ethnic category is not an ordered dimension: completeness, then no SII or RII.
            assertThat(csv.lines().filter(l -> l.matches("^[^,]+,\\d{4}-.*,(\\*|\\d+\\.\\d{4}),{6}$")).count()).as(csv).isPositive();
            for (String line : csv.lines().skip(1).filter(l -> l.matches("^[^,]+,\\d{4}-.*")).toList()) {
                String numerator = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")[2].replace("\"", "").replace(",", "");
                assertThat(numerator.equals("*") || Long.parseLong(numerator) % 5 == 0).as(line).isTrue();
            }
            mvc.perform(get("/measures/" + id + "/export.xlsx").with(as(demoUser(role)))).andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
            mvc.perform(get("/measures/" + id + "/charts/gap.svg").with(as(demoUser(role)))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("<svg")));
        }
        byte[] png = mvc.perform(get("/measures/" + id + "/charts/overall.png").with(as(demoUser(Role.VIEWER))))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        mvc.perform(get("/measures/" + id + "/charts/attribute.svg").with(as(demoUser(Role.VIEWER)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("u chart, ")));
        assertThat(auditCount(MeasureAuditActions.MEASURE_EXPORTED, id)).isGreaterThanOrEqualTo(3L * Role.values().length + 2);
        mvc.perform(get("/measures/" + id + "/charts/nothing.svg").with(as(demoUser(Role.ANALYST)))).andExpect(status().isNotFound());
    }

    @Test
    void anExtractIsUploadedMappedImportedCheckedAndMeasuredThenDeleted() throws Exception {
        AppUser analyst = demoUser(Role.ANALYST);
        // The same rows on every run, so the figures (and so the summary sentence) are too; a column the measure
        // does not use makes each run's file new to the store, which would refuse a re-import.
        Path file = DashboardFixtures.withBatchColumn(DashboardFixtures.mhaExtract(600, 600), System.nanoTime());
        MvcResult upload = mvc.perform(multipart("/datasets")
                        .file(new MockMultipartFile("file", "small-extract.csv", "text/csv", Files.readAllBytes(file)))
                        .param("name", "Small extract").param("kind", "EXTRACT").with(as(analyst)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(upload.getResponse().getRedirectedUrl().replaceAll("\\D+", " ").trim().split(" ")[0]);
        String mapping = mvc.perform(get("/datasets/" + id + "/mapping").with(as(analyst))).andExpect(status().isOk())
                .andExpect(content().string(containsString("ethnic_category")))
                .andReturn().getResponse().getContentAsString();
        var form = post("/datasets/" + id + "/mapping").with(as(analyst)).with(csrf());
        Matcher m = Pattern.compile("name=\"header\\.(\\d+)\" value=\"([^\"]+)\"").matcher(mapping);
        while (m.find()) {
            form.param("header." + m.group(1), m.group(2));
        }
        Matcher selected = Pattern.compile("name=\"role\\.(\\d+)\">(?:(?!</select>).)*?<option value=\"([A-Z_]+)\" selected", Pattern.DOTALL).matcher(mapping);
        while (selected.find()) {
            form.param("role." + selected.group(1), selected.group(2));
        }
        mvc.perform(form).andExpect(status().is3xxRedirection());
        Dataset ready = DashboardFixtures.awaitImport(datasets, id);
        assertThat(ready.status()).as(String.valueOf(ready.failure())).isEqualTo(DatasetStatus.READY);
        assertThat(ready.rows()).isEqualTo(600);

        long before = auditCount("DATASET_QUALITY_VIEWED", id);
        mvc.perform(get("/datasets/" + id + "/quality").with(as(demoUser(Role.VIEWER)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ethnicity recording by month")))
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("id=\"quality-by-site\"")));
        assertThat(auditCount("DATASET_QUALITY_VIEWED", id)).isEqualTo(before + 1);

        MvcResult created = mvc.perform(post("/measures").with(as(analyst)).with(csrf())
                        .param("datasetId", String.valueOf(id)).param("name", "Small detentions").param("type", "OUTCOME")
                        .param("numerator", "rows").param("denominator", "population:ICB:QMF").param("grain", "MONTH")
                        .param("unit", "per 100,000").param("multiplier", "100000").param("direction", "DECREASE")
                        .param("chart", "AUTO").param("dimension", "ethnic_group_census").param("reference.ethnic_group_census", "WHITE"))
                .andExpect(status().is3xxRedirection()).andReturn();
        long measureId = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
        assertThat(measures.findById(measureId).orElseThrow().chart()).isEqualTo(Measure.ChartType.U);
        mvc.perform(get("/measures/" + measureId).with(as(analyst))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"summary\"")))
                .andExpect(content().string(containsString("id=\"gap-chart\"")));
        // Few rows: under NHSD-2018 small cells force a coarser grain or combined groups, and the page says so.
        mvc.perform(get("/measures/" + measureId).with(as(demoUser(Role.MEMBER)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"notes\"")))
                .andExpect(content().string(org.hamcrest.Matchers.anyOf(containsString("coarsened to quarters"),
                        containsString("were combined"), containsString("suppressed under NHSD-2018"))));

        mvc.perform(get("/datasets/" + id + "/delete").with(as(analyst))).andExpect(status().isOk())
                .andExpect(content().string(containsString("every measure defined on it")));
        mvc.perform(post("/datasets/" + id + "/delete").with(as(analyst)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(datasets.findById(id)).isEmpty();
        assertThat(measures.findById(measureId)).isEmpty();
        java.util.Optional<DatasetInfo> stored = store.with(s -> new DatasetCatalogue(s.connection()).find(ready.engineName()));
        assertThat(stored).isEmpty();
        assertThat(auditCount("DATASET_DELETED", id)).isEqualTo(1);
    }

    @Test
    void aBadFileShowsTheValidationReportAndStoresNothing() throws Exception {
        AppUser analyst = demoUser(Role.ANALYST);
        MvcResult upload = mvc.perform(multipart("/datasets")
                        .file(new MockMultipartFile("file", "bad.csv", "text/csv", DashboardFixtures.badExtract().getBytes(StandardCharsets.UTF_8)))
                        .param("name", "Bad extract").with(as(analyst)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(upload.getResponse().getRedirectedUrl().replaceAll("\\D+", " ").trim().split(" ")[0]);
        mvc.perform(post("/datasets/" + id + "/mapping").with(as(analyst)).with(csrf())
                .param("header.0", "person_id").param("role.0", "PERSON_ID")
                .param("header.1", "event_date").param("role.1", "EVENT_DATE")
                .param("header.2", "ethnic_category").param("role.2", "ETHNIC_CATEGORY")
                .param("header.3", "site").param("role.3", "SITE")).andExpect(status().is3xxRedirection());
        Dataset failed = DashboardFixtures.awaitImport(datasets, id);
        assertThat(failed.status()).isEqualTo(DatasetStatus.FAILED);
        mvc.perform(get("/datasets/" + id).with(as(analyst))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"validation-report\"")))
                .andExpect(content().string(containsString("nothing was stored")))
                .andExpect(content().string(containsString("row 3")))
                .andExpect(content().string(containsString("event_date")))
                .andExpect(content().string(containsString("DATE_FORMAT")))
                .andExpect(content().string(not(containsString("P0002"))));
        java.util.Optional<DatasetInfo> stored = store.with(s -> new DatasetCatalogue(s.connection()).find(failed.engineName()));
        assertThat(stored).isEmpty();
        mvc.perform(get("/datasets/" + id + "/quality").with(as(analyst))).andExpect(status().isNotFound());
    }

    @Test
    void uploadAndMeasureFormsExplainWhatIsWrong() throws Exception {
        AppUser analyst = demoUser(Role.ANALYST);
        mvc.perform(get("/datasets/new").with(as(analyst))).andExpect(status().isOk());
        mvc.perform(multipart("/datasets").param("name", "").with(as(analyst)).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a name for the dataset")))
                .andExpect(content().string(containsString("Select a file to upload")));
        mvc.perform(multipart("/datasets").file(new MockMultipartFile("file", "notes.docx", "application/octet-stream", new byte[] {1}))
                .param("name", "x").with(as(analyst)).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("must be a CSV, Parquet or XLSX file")));
        mvc.perform(get("/measures/new").with(as(analyst))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ethnic group (Census 2021)")));
        mvc.perform(post("/measures").with(as(analyst)).with(csrf()).param("datasetId", String.valueOf(demoDataset()))
                        .param("name", "").param("type", "OUTCOME").param("numerator", "no such thing here").param("denominator", "rows")
                        .param("grain", "MONTH").param("unit", "%").param("multiplier", "-1").param("direction", "DECREASE")
                        .param("chart", "AUTO").param("rebaseDate", "2024-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a name")))
                .andExpect(content().string(containsString("Multiplier must be more than 0")))
                .andExpect(content().string(containsString("Enter the reason for the rebase")));
        mvc.perform(post("/measures").with(as(analyst)).with(csrf()).param("datasetId", String.valueOf(demoDataset()))
                        .param("name", "Missing column").param("type", "OUTCOME").param("numerator", "nosuchcolumn=1").param("denominator", "rows")
                        .param("grain", "MONTH").param("unit", "%").param("multiplier", "100").param("direction", "DECREASE").param("chart", "AUTO"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("has no column nosuchcolumn")));
    }

    @Test
    void orderedDimensionsHaveSiiAndRiiWithConfidenceLimitsUnroundedInEveryView() throws Exception {
        long id = demoMeasure(SECTION_2_MEASURE).id();
        String working = mvc.perform(get("/api/v1/measures/" + id + "/results").param("dimension", "imd_quintile")
                .with(as(demoUser(Role.ANALYST)))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.List<java.util.Map<String, java.util.Map<String, Object>>> slope = com.jayway.jsonpath.JsonPath.read(working, "$.slope");
        assertThat(slope).isNotEmpty();
        for (var period : slope) {
            for (String index : new String[] {"sii", "rii"}) {
                double value = ((Number) period.get(index).get("value")).doubleValue();
                double lower = ((Number) period.get(index).get("lower")).doubleValue();
                double upper = ((Number) period.get(index).get("upper")).doubleValue();
                assertThat(lower).as(index + " " + period).isLessThan(upper);
                assertThat(value).as(index + " " + period).isBetween(lower, upper);
                assertThat((String) period.get(index).get("method")).contains("simulation");
            }
        }
        String member = mvc.perform(get("/api/v1/measures/" + id + "/results").param("dimension", "imd_quintile")
                .with(as(demoUser(Role.MEMBER)))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.List<String> notes = com.jayway.jsonpath.JsonPath.read(member, "$.notes");
        if (notes.stream().noneMatch(n -> n.contains("coarsened") || n.contains("combined"))) {
            // Complex statistics are exempt from the policy's rounding: the same limits in the protected view.
            assertThat((Object) com.jayway.jsonpath.JsonPath.read(member, "$.slope")).isEqualTo(slope);
        }
        mvc.perform(get("/measures/" + id).param("dimension", "imd_quintile").with(as(demoUser(Role.VIEWER))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("SII (95% CI)")));
    }

    @Test
    void exportsCarryEachPeriodsSiiAndRiiFromTheProtectedResults() throws Exception {
        long id = demoMeasure(SECTION_2_MEASURE).id();
        String member = mvc.perform(get("/api/v1/measures/" + id + "/results").param("dimension", "imd_quintile")
                .with(as(demoUser(Role.MEMBER)))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.List<java.util.Map<String, Object>> slope = com.jayway.jsonpath.JsonPath.read(member, "$.slope");
        assertThat(slope).isNotEmpty();
        java.util.Map<String, java.util.List<String>> expected = new java.util.HashMap<>();
        for (var period : slope) {
            java.util.List<String> cells = new java.util.ArrayList<>();
            for (String index : new String[] {"sii", "rii"}) {
                for (String part : new String[] {"value", "lower", "upper"}) {
                    double v = ((Number) com.jayway.jsonpath.JsonPath.read(period, "$." + index + "." + part)).doubleValue();
                    cells.add(String.format(java.util.Locale.ROOT, "%.4f", v));
                }
            }
            expected.put((String) period.get("period"), cells);
        }
        for (Role role : new Role[] {Role.ANALYST, Role.VIEWER}) {
            String csv = mvc.perform(get("/measures/" + id + "/export.csv").param("dimension", "imd_quintile").with(as(demoUser(role))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(csv).startsWith("group,period,numerator,denominator,rate,lower_95,upper_95,dimension_completeness_pct,"
                    + "sii,sii_lower_95,sii_upper_95,rii,rii_lower_95,rii_upper_95\n");
            assertThat(csv).contains("SII and RII: 95% limits as phe_sii simulates them").contains("Disclosure control: NHSD-2018");
            java.util.List<String[]> rows = csv.lines().skip(1).filter(l -> l.matches("^[^,]+,\\d{4}-.*"))
                    .map(l -> l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)).toList();
            assertThat(rows).isNotEmpty();
            for (String[] row : rows) {
                // Every row of a period, overall and each group's, carries the period's indices: the same as the protected view.
                assertThat(java.util.List.of(row).subList(8, 14)).as(String.join(",", row))
                        .isEqualTo(expected.getOrDefault(row[1], java.util.List.of("", "", "", "", "", "")));
            }
            assertThat(rows).anyMatch(r -> expected.containsKey(r[1]));

            byte[] xlsx = mvc.perform(get("/measures/" + id + "/export.xlsx").param("dimension", "imd_quintile").with(as(demoUser(role))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
                java.util.List<org.dhatim.fastexcel.reader.Row> sheet = workbook.getFirstSheet().read();
                assertThat(sheet.get(0).getCellText(8)).isEqualTo("sii");
                assertThat(sheet.get(0).getCellText(13)).isEqualTo("rii_upper_95");
                int checked = 0;
                for (var row : sheet.subList(1, rows.size() + 1)) {
                    java.util.List<String> cells = expected.get(row.getCellText(1));
                    if (cells != null) {
                        for (int c = 0; c < 6; c++) {
                            assertThat(String.format(java.util.Locale.ROOT, "%.4f", row.getCellAsNumber(8 + c).orElseThrow().doubleValue()))
                                    .isEqualTo(cells.get(c));
                        }
                        String numerator = row.getCellText(2).replace(",", "");
                        assertThat(numerator.equals("*") || Long.parseLong(numerator) % 5 == 0).isTrue();
                        checked++;
                    }
                }
                assertThat(checked).isEqualTo(rows.stream().filter(r -> expected.containsKey(r[1])).count());
                assertThat(sheet.stream().map(r -> r.getCellText(0))).anyMatch(t -> t.startsWith("Disclosure control: NHSD-2018"));
            }
        }
    }

    @Test
    void eachGroupOfAPOrUMeasureHasItsOwnAttributeChartWithIconsAndADataTable() throws Exception {
        long id = demoMeasure(SECTION_2_MEASURE).id();
        AppUser viewer = demoUser(Role.VIEWER);
        String page = mvc.perform(get("/measures/" + id).param("dimension", "imd_quintile").with(as(viewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String results = mvc.perform(get("/api/v1/measures/" + id + "/results").param("dimension", "imd_quintile").with(as(viewer)))
                .andReturn().getResponse().getContentAsString();
        java.util.List<String> groups = com.jayway.jsonpath.JsonPath.read(results, "$.groups[*].label");
        int start = page.indexOf("id=\"groups-attribute-chart\"");
        assertThat(start).isPositive();
        String figure = page.substring(start, page.indexOf("</figure>", start));
        assertThat(figure).contains("aria-labelledby=\"qicgrid-title qicgrid-desc\"").contains("p chart: ")
                .contains("limits from the group&#39;s denominator");
        assertThat(figure.split("<g class=\"panel\">", -1)).hasSize(groups.size() + 1);
        assertThat(figure.split("class=\"variation-icon\"", -1)).hasSize(groups.size() + 1);
        for (String group : groups) {
            assertThat(figure).contains("<g class=\"panel\"><title>" + group + ": p chart: ");
        }

        // The data table: each group's plotted periods, its rate, and its own centre line from its own counts.
        java.util.List<String> rows = tableCells(page, "groups-attribute-table");
        for (int g = 0; g < groups.size(); g++) {
            java.util.List<java.util.Map<String, Object>> points = com.jayway.jsonpath.JsonPath.read(results,
                    "$.groups[" + g + "].points[?(@.suppressed == false)]");
            double numerator = 0;
            double denominator = 0;
            for (var p : points) {
                numerator += Double.parseDouble(((String) p.get("numerator")).replace(",", ""));
                denominator += Double.parseDouble(((String) p.get("denominator")).replace(",", ""));
            }
            String centre = String.format(java.util.Locale.UK, "%,.2f", numerator / denominator * 100);
            String label = groups.get(g);
            java.util.List<java.util.List<String>> own = rows.stream().skip(1).map(DashboardPagesTests::cells)
                    .filter(c -> c.get(0).equals(label)).toList();
            assertThat(own).as(label).hasSize(points.size());
            for (int i = 0; i < own.size(); i++) {
                assertThat(own.get(i).get(1)).isEqualTo(points.get(i).get("period"));
                assertThat(own.get(i).get(2)).isEqualTo(String.format(java.util.Locale.UK, "%,.2f",
                        ((Number) points.get(i).get("rate")).doubleValue()));
                assertThat(own.get(i).get(3)).as(label).isEqualTo(centre);
                assertThat(Double.parseDouble(own.get(i).get(4).replace(",", "")))
                        .isLessThan(Double.parseDouble(own.get(i).get(5).replace(",", "")));
            }
        }
        mvc.perform(get("/measures/" + id + "/charts/groups-attribute.svg").param("dimension", "imd_quintile").with(as(viewer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("qicgrid-desc")));

        // The u-chart measure has them too; an XmR measure has none.
        mvc.perform(get("/measures/" + demoMeasure()).with(as(viewer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"groups-attribute-chart\"")))
                .andExpect(content().string(containsString("u chart: ")));
        Measure mha = demoMeasure(MHA_MEASURE);
        long xmr = measures.insert(new Measure(0, mha.organisationId(), mha.datasetId(), unique("XmR detentions"), null, mha.type(),
                mha.numerator(), mha.denominator(), mha.grain(), mha.unit(), mha.multiplier(), mha.direction(), null,
                Measure.ChartType.XMR, mha.dimensions(), mha.referenceGroups(), java.util.Map.of(), java.util.List.of()),
                demoUser(Role.ANALYST).id());
        mvc.perform(get("/measures/" + xmr).with(as(viewer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"groups\"")))
                .andExpect(content().string(not(containsString("groups-attribute"))));
        mvc.perform(get("/measures/" + xmr + "/charts/groups-attribute.svg").with(as(viewer))).andExpect(status().isNotFound());
    }

    @Test
    void aRebaseNeedsAReasonAndIsAudited() throws Exception {
        long id = demoMeasure();
        AppUser analyst = demoUser(Role.ANALYST);
        mvc.perform(post("/measures/" + id + "/rebase").param("date", "2023-04-01").param("reason", " ").with(as(analyst)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(measures.findById(id).orElseThrow().rebases()).noneMatch(r -> r.date().toString().equals("2023-04-01"));
        mvc.perform(post("/measures/" + id + "/rebase").param("date", "2023-04-01").param("reason", "New crisis pathway")
                .with(as(analyst)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(measures.findById(id).orElseThrow().rebases()).anyMatch(r -> r.reason().equals("New crisis pathway"));
        assertThat(auditCount(MeasureAuditActions.MEASURE_REBASED, id)).isGreaterThanOrEqualTo(1);
        mvc.perform(get("/measures/" + id).with(as(analyst))).andExpect(content().string(containsString("New crisis pathway")));
    }

    private static java.util.List<String> tableCells(String page, String tableId) {
        int start = page.indexOf("id=\"" + tableId + "\"");
        String table = page.substring(start, page.indexOf("</table>", start));
        java.util.List<String> rows = new java.util.ArrayList<>();
        Matcher row = Pattern.compile("<tr class=\"nhsuk-table__row\">(.*?)</tr>", Pattern.DOTALL).matcher(table);
        while (row.find()) {
            rows.add(row.group(1));
        }
        return rows;
    }

    private static java.util.List<String> cells(String row) {
        Matcher cell = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row);
        java.util.List<String> out = new java.util.ArrayList<>();
        while (cell.find()) {
            out.add(cell.group(1).strip());
        }
        return out;
    }

    /** The last cell of each group's row is the dimension's completeness in the latest period: the same per cent (or *) throughout. */
    private static void assertCompleteness(java.util.List<String> rows) {
        java.util.Set<String> values = new java.util.HashSet<>();
        for (String row : rows.subList(1, rows.size())) {
            Matcher cell = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row);
            String last = null;
            while (cell.find()) {
                last = cell.group(1).strip();
            }
            assertThat(last).as(row).matches("\\*|\\d{1,3}\\.\\d%");
            values.add(last);
        }
        assertThat(values).hasSize(1);
    }

    /** Numerator and denominator cells (2nd and 3rd) are * or multiples of 5 under NHSD-2018. */
    private static void assertRoundedCounts(java.util.List<String> rows) {
        assertThat(rows).isNotEmpty();
        for (String row : rows.subList(1, rows.size())) {
            Matcher cell = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row);
            java.util.List<String> cells = new java.util.ArrayList<>();
            while (cell.find()) {
                cells.add(cell.group(1).replace(",", "").strip());
            }
            for (String count : cells.subList(1, 3)) {
                assertThat(count.equals("*") || Long.parseLong(count) % 5 == 0).as(row).isTrue();
            }
        }
    }
}

package org.equitylens.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.equitylens.app.support.AppTest;
import org.equitylens.app.user.AppUser;
import org.equitylens.app.user.Role;
import org.equitylens.engine.Progress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The page of a running import shows the engine's progress: percentage, rows read, rate and time left. */
abstract class ImportProgressPageTests extends AppTest {

    @Autowired
    DatasetRepository datasets;
    @Autowired
    DatasetService service;

    @Test
    void aRunningImportShowsRowsReadTheRateAndTheTimeLeft() throws Exception {
        AppUser analyst = demoUser(Role.ANALYST);
        long id = datasets.insert(demoOrganisationId(), unique("Running"), unique("running"), DatasetKind.EXTRACT, "running.csv",
                analyst.id());
        datasets.markImporting(id);
        // What the engine reports while it reads, checks and stores: a phase, then rows read of the rows expected.
        Progress listener = service.progressListener(id);
        listener.phase("validating, enriching and storing");
        mvc.perform(get("/datasets/" + id).with(as(analyst))).andExpect(status().isOk())
                .andExpect(header().string("Refresh", matchesPattern("\\d+")))
                .andExpect(content().string(containsString("validating, enriching and storing")))
                .andExpect(content().string(not(containsString("rows a second"))));
        Thread.sleep(50);
        listener.advance(250_000, 1_000_000);
        String page = mvc.perform(get("/datasets/" + id).with(as(demoUser(Role.VIEWER)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("25</span>% done").contains("250,000 rows read, ").contains(" rows a second")
                .containsPattern("about <span\\s+id=\"import-left\">\\d+ (seconds?|minutes)</span>\\s+left");
    }

    @Test
    void rateAndTimeLeftFollowFromRowsAndElapsedTime() {
        Instant start = Instant.parse("2026-01-01T10:00:00Z");
        ImportProgress p = new ImportProgress("storing", 2_000_000, 10_000_000, start);
        assertThat(p.percent()).isEqualTo(20);
        assertThat(p.rowsPerSecond(start.plusSeconds(4))).isEqualTo(500_000);
        assertThat(p.secondsLeft(start.plusSeconds(4))).isEqualTo(16);
        assertThat(ImportProgress.starting("reading").rowsPerSecond(Instant.now().plusSeconds(1))).isNull();
        assertThat(new ImportProgress("reading", 10, -1, start).secondsLeft(start.plusSeconds(1))).isNull();
    }
}

package org.equitylens.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.equitylens.engine.store.EngineStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementProgressTest {

    @TempDir
    Path dir;

    @Test
    void aLongStatementReportsRowsReadOfTheEstimatedTotalWhileItRuns() throws Exception {
        List<long[]> reports = new CopyOnWriteArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void phase(String name) {
            }

            @Override
            public void advance(long done, long total) {
                reports.add(new long[] {done, total});
            }
        };
        try (EngineStore store = EngineStore.open(dir.resolve("data"));
             Statement st = store.connection().createStatement();
             StatementProgress watch = StatementProgress.watch(st, progress, 1_000_000, 20)) {
            // Long enough (a second or so) for several polls at this test's short interval.
            st.execute("CREATE TABLE t AS SELECT i, hash(i) AS h FROM range(100000000) r(i) WHERE hash(i) % 1000 = 0");
        }
        assertThat(reports).isNotEmpty();
        for (int i = 0; i < reports.size(); i++) {
            long[] r = reports.get(i);
            assertThat(r[1]).isEqualTo(1_000_000);
            assertThat(r[0]).isPositive().isLessThanOrEqualTo(r[1]);
            if (i > 0) {
                assertThat(r[0]).isGreaterThanOrEqualTo(reports.get(i - 1)[0]);
            }
        }
    }

    @Test
    void withoutAListenerNothingIsPolled() throws Exception {
        try (EngineStore store = EngineStore.open(dir.resolve("data"));
             Statement st = store.connection().createStatement();
             StatementProgress watch = StatementProgress.watch(st, Progress.NONE, 1)) {
            assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("statement-progress"));
        }
    }
}

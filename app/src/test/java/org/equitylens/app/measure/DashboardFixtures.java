package org.equitylens.app.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.equitylens.app.dataset.Dataset;
import org.equitylens.app.dataset.DatasetRepository;
import org.equitylens.app.dataset.DatasetStatus;
import org.equitylens.engine.Progress;
import org.equitylens.engine.generate.Generator;
import org.equitylens.engine.generate.GeneratorOptions;
import org.equitylens.engine.generate.Scenario;

/** Small generated extracts and a wait for the background import, shared by the dashboard tests. */
final class DashboardFixtures {

    private DashboardFixtures() {
    }

    /** A small MHA extract; the seed makes each file (and so its checksum) different. */
    static Path mhaExtract(int rows, long seed) throws IOException {
        Path dir = Files.createTempDirectory("el-extract");
        Path file = dir.resolve("extract-" + seed + ".csv");
        new Generator(GeneratorOptions.of(Scenario.MHA, rows, seed)).write(file, Progress.NONE);
        return file;
    }

    /** The extract with a last column {@code upload_batch} holding {@code batch} on every row: new bytes, same figures. */
    static Path withBatchColumn(Path extract, long batch) throws IOException {
        List<String> lines = Files.readAllLines(extract);
        List<String> out = new ArrayList<>(lines.size());
        out.add(lines.get(0) + ",upload_batch");
        lines.stream().skip(1).forEach(line -> out.add(line + "," + batch));
        Files.write(extract, out);
        return extract;
    }

    /** An extract that breaks validation: an impossible date and a code that is no NHS ethnic category. */
    static String badExtract() {
        return "person_id,event_date,ethnic_category,site\n"
                + "P0001,2024-01-05,A,North\n"
                + "P0002,2024-13-45,M,South\n"
                + "P0003,2024-02-01,QQ,North\n";
    }

    static Dataset awaitImport(DatasetRepository datasets, long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Dataset d = datasets.findById(id).orElseThrow();
            if (d.status() == DatasetStatus.READY || d.status() == DatasetStatus.FAILED) {
                return d;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import did not finish in time");
    }
}

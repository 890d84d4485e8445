package org.equitylens.spc.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs every series of the SPC vectors ({@code series_meta.csv}) through the batch and compares the
 * five output tables with {@code expected/}. The folder is system property {@code spc.vectors},
 * default {@code ../shared/vectors/spc/public} beside the checkout.
 */
class SpcConformanceTest {

    @Test
    void everySeriesMatchesThePeers() throws IOException {
        Path vectors = vectorsDir();
        List<BatchSeries> batch = BatchReader.read(vectors.resolve("series.csv"), vectors.resolve("series_meta.csv"));
        BatchComparison expected = BatchComparison.readExpected(vectors.resolve("expected"));

        int passed = 0;
        List<String> failures = new ArrayList<>();
        SpcBatch.Result result = SpcBatch.run(batch, null);
        for (SpcBatch.Outcome outcome : result.outcomes()) {
            List<String> differences = outcome.ok()
                    ? expected.compare(outcome.seriesId(), result.output())
                    : List.of(outcome.error());
            if (differences.isEmpty()) {
                passed++;
            } else {
                failures.add(outcome.seriesId() + " (" + outcome.mode() + "): " + differences.size() + " difference(s)\n    "
                        + String.join("\n    ", differences.subList(0, Math.min(8, differences.size()))));
            }
        }
        System.out.println("spc conformance: " + passed + " passed, " + failures.size() + " failed");
        failures.forEach(f -> System.out.println("  FAIL " + f));
        assertThat(passed + failures.size()).isEqualTo(batch.size());
        assertThat(failures).as("series not matching the peers").isEmpty();
    }

    /** {@code spc.vectors}, else the first {@code ../shared/vectors/spc/public} found walking up from here. */
    static Path vectorsDir() {
        String property = System.getProperty("spc.vectors");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/vectors/spc/public").normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("SPC vectors not found: set -Dspc.vectors=DIR");
    }
}

package org.equitylens.engine.importer;

import java.time.Duration;
import org.equitylens.engine.quality.QualityReport;
import org.equitylens.engine.store.DatasetInfo;

/** A committed import: the catalogue entry, the quality report stored with it, and how long it took. */
public record ImportResult(DatasetInfo dataset, QualityReport quality, Duration elapsed) {
}

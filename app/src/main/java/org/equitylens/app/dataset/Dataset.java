package org.equitylens.app.dataset;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A dataset as the app knows it; its rows are in the engine store under {@code engineName}.
 *
 * @param failure the validation report or refusal when the import failed (never cell values of identifying columns)
 */
public record Dataset(long id, long organisationId, String name, String engineName, DatasetKind kind, DatasetStatus status,
        String sourceFile, Long rows, LocalDate periodStart, LocalDate periodEnd, String qualityHeadline, String failure,
        long uploadedBy, String uploadedByName, Instant uploadedAt, Instant importedAt) {

    public boolean ready() {
        return status == DatasetStatus.READY;
    }
}

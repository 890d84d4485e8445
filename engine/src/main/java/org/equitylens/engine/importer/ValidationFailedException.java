package org.equitylens.engine.importer;

import org.equitylens.engine.EngineException;
import org.equitylens.engine.validation.ValidationReport;

/** The extract broke validation rules; nothing was stored. The report lists the problems. */
public final class ValidationFailedException extends EngineException {

    private final transient ValidationReport report;

    public ValidationFailedException(ValidationReport report) {
        super(Kind.REFUSED, report.describe());
        this.report = report;
    }

    public ValidationReport report() {
        return report;
    }
}

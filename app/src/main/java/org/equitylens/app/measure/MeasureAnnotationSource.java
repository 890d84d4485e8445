package org.equitylens.app.measure;

import java.time.LocalDate;
import java.util.List;

/**
 * Dated notes that another feature pins on a measure's SPC charts — a project's PDSA cycles above all —
 * so a team sees what it changed next to the variation that followed. The measure dashboard asks every
 * bean of this type and draws what they return on the overall chart and on each group's chart.
 */
public interface MeasureAnnotationSource {

    /**
     * The annotations for one measure, already scoped to the organisation that owns it; implementations
     * return only what the organisation may see.
     */
    List<MeasureAnnotation> annotationsFor(long organisationId, long measureId);

    /** A note at a date on a measure's charts, with a short label and an optional link to its source. */
    record MeasureAnnotation(LocalDate date, String label, String href) {
        public MeasureAnnotation {
            if (date == null || label == null || label.isBlank()) {
                throw new IllegalArgumentException("an annotation needs a date and a label");
            }
        }
    }
}

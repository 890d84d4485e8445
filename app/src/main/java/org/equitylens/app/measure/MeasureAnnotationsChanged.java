package org.equitylens.app.measure;

/**
 * Published (as a Spring application event) when an annotation source adds or changes a note on a
 * measure, so cached chart results for that measure are drawn again with it.
 */
public record MeasureAnnotationsChanged(long measureId) {
}

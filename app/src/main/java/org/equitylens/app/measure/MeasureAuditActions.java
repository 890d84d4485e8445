package org.equitylens.app.measure;

/** Audit action names of the measure feature. */
public final class MeasureAuditActions {
    public static final String MEASURE_CREATED = "MEASURE_CREATED";
    public static final String MEASURE_REBASED = "MEASURE_REBASED";
    public static final String MEASURE_FOCUS_CHANGED = "MEASURE_FOCUS_CHANGED";
    public static final String MEASURE_UNSUPPRESSED_VIEWED = "MEASURE_UNSUPPRESSED_VIEWED";
    public static final String MEASURE_EXPORTED = "MEASURE_EXPORTED";

    private MeasureAuditActions() {
    }
}

package org.equitylens.app.dataset;

/** Audit action names of the dataset feature. */
public final class DatasetAuditActions {
    public static final String DATASET_UPLOADED = "DATASET_UPLOADED";
    public static final String DATASET_IMPORT_STARTED = "DATASET_IMPORT_STARTED";
    public static final String DATASET_DELETED = "DATASET_DELETED";
    public static final String DATASET_QUALITY_VIEWED = "DATASET_QUALITY_VIEWED";

    private DatasetAuditActions() {
    }
}

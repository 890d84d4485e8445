package org.equitylens.app.dataset;

/** Where a dataset is in its life: uploaded and waiting for its column mapping, importing, ready or failed. */
public enum DatasetStatus {
    UPLOADED, IMPORTING, READY, FAILED;

    public String label() {
        return switch (this) {
            case UPLOADED -> "Waiting for column mapping";
            case IMPORTING -> "Importing";
            case READY -> "Ready";
            case FAILED -> "Failed";
        };
    }
}

package org.equitylens.app.dataset;

/** An extract of person-level rows, or a ready cube of aggregates (DESIGN §3.2). */
public enum DatasetKind {
    EXTRACT, CUBE
}

package org.equitylens.app.project;

/**
 * What a project links to: step 1's register of data sources, step 2's benchmarks and strategies, and
 * the measures the team analyses (step 2) and tracks (step 5: outcome, process, balancing).
 */
public enum SourceKind {
    DATASET(1, "App dataset"), MEASURE_SOURCE(1, "App measure"), EXTERNAL(1, "External source"),
    QUALITATIVE(1, "Qualitative insight"),
    BENCHMARK(2, "Benchmark"), STRATEGY(2, "Existing strategy"), ANALYSIS_MEASURE(2, "Measure analysed"),
    OUTCOME_MEASURE(5, "Outcome measure"), PROCESS_MEASURE(5, "Process measure"),
    BALANCING_MEASURE(5, "Balancing measure");

    private final int step;
    private final String label;

    SourceKind(int step, String label) {
        this.step = step;
        this.label = label;
    }

    public int step() {
        return step;
    }

    public String label() {
        return label;
    }

    /** Kinds whose reference id is one of the organisation's measures. */
    public boolean isMeasure() {
        return this == MEASURE_SOURCE || this == ANALYSIS_MEASURE || this == OUTCOME_MEASURE
                || this == PROCESS_MEASURE || this == BALANCING_MEASURE;
    }
}

package org.equitylens.spc.batch;

import java.util.List;

/**
 * The five output files of an SPC batch, with their columns in file order (exactly those of the
 * vectors' {@code expected/} files) and the columns that, with {@code series_id}, identify a row.
 */
public enum BatchTable {
    PTD_POINTS("ptd_points", List.of("row"),
            "series_id", "row", "date", "y", "rebase_group", "short_group_warning", "fix_y", "mean", "lpl", "upl",
            "relative_to_mean", "outside_limits", "close_to_limits", "rule_trend", "rule_two_in_three",
            "rule_shift", "special_cause_type", "special_cause_flag", "point_type", "target"),
    PTD_GROUPS("ptd_groups", List.of("rebase_group"),
            "series_id", "rebase_group", "n", "mean", "lpl", "upl", "common_cause", "special_cause_improvement",
            "special_cause_concern", "variation_type", "assurance_type"),
    PTD_CHARTS("ptd_charts", List.of(),
            "series_id", "error", "n_points", "n_groups", "improvement_direction", "target", "last_mean",
            "last_lpl", "last_upl", "variation_type", "variation_icon", "assurance_type", "assurance_icon",
            "n_special_cause_improvement", "n_special_cause_concern", "n_special_cause_neutral",
            "any_short_group_warning", "messages"),
    QIC_POINTS("qic_points", List.of("part", "xx"),
            "series_id", "part", "xx", "x", "baseline", "include", "y_sum", "y_length", "y_mean", "y_sd", "n", "y",
            "cl", "lcl", "lcl_95", "ucl_95", "ucl", "sigma_signal", "runs_signal", "n_obs", "n_useful",
            "longest_run", "longest_run_max", "n_crossings", "n_crossings_min"),
    QIC_CHARTS("qic_charts", List.of("part"),
            "series_id", "chart", "error", "screenedmr", "part", "n_obs", "n_useful", "longest_run",
            "longest_run_max", "n_crossings", "n_crossings_min", "runs_signal", "aLCL", "aLCL_95", "CL",
            "aUCL_95", "aUCL", "sigma_signal", "messages");

    private final String fileStem;
    private final List<String> keyColumns;
    private final List<String> columns;

    BatchTable(String fileStem, List<String> keyColumns, String... columns) {
        this.fileStem = fileStem;
        this.keyColumns = keyColumns;
        this.columns = List.of(columns);
    }

    /** File name without extension, e.g. {@code ptd_points}. */
    public String fileStem() {
        return fileStem;
    }

    /** {@code ptd_points.csv} etc. */
    public String fileName() {
        return fileStem + ".csv";
    }

    /** All columns in file order; the first is always {@code series_id}. */
    public List<String> columns() {
        return columns;
    }

    /** Columns identifying a row within a series (empty: one row per series). */
    public List<String> keyColumns() {
        return keyColumns;
    }

    /** Position of a column, or −1. */
    public int indexOf(String column) {
        return columns.indexOf(column);
    }
}

package org.equitylens.spc.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.equitylens.chart.SpcSvg;
import org.junit.jupiter.api.Test;

/** The XmR batch modes on inputs the public vectors do not cover: degenerate series, options, bad input. */
class PtdBatchModeTest {

    @Test
    void aConstantSeriesHasNaNLimitsNaFlagsAndOnlyCommonCause() {
        BatchOutput out = run(meta("NHSRplotthedots", Map.of("target", "5")), 5, 5, 5, 5, 5, 5, 5, 5);
        String[] point = out.rows(BatchTable.PTD_POINTS).get(0);
        assertThat(cell(point, BatchTable.PTD_POINTS, "lpl")).isEqualTo("NaN");
        assertThat(cell(point, BatchTable.PTD_POINTS, "outside_limits")).isEqualTo("NA");
        assertThat(cell(point, BatchTable.PTD_POINTS, "relative_to_mean")).isEqualTo("0");
        assertThat(cell(point, BatchTable.PTD_POINTS, "special_cause_type")).isEqualTo("Common Cause");
        String[] chart = out.rows(BatchTable.PTD_CHARTS).get(0);
        assertThat(cell(chart, BatchTable.PTD_CHARTS, "assurance_type")).isEqualTo("inconsistent");
        assertThat(cell(chart, BatchTable.PTD_CHARTS, "any_short_group_warning")).isEqualTo("TRUE");
    }

    @Test
    void aConstantFixedBaselineFollowedByOtherValuesGivesNaTwoOfThreeAsR() {
        double[] values = new double[16];
        Arrays.fill(values, 5);
        values[13] = 6;
        values[14] = 7;
        values[15] = 6;
        BatchOutput out = run(meta("NHSRplotthedots", Map.of("fix_after_n_points", "12")), values);
        List<String[]> points = out.rows(BatchTable.PTD_POINTS);
        assertThat(cell(points.get(12), BatchTable.PTD_POINTS, "rule_two_in_three")).isEqualTo("0");
        assertThat(cell(points.get(13), BatchTable.PTD_POINTS, "rule_two_in_three")).isEqualTo("NA");
        assertThat(cell(points.get(15), BatchTable.PTD_POINTS, "special_cause_type")).isEqualTo("Common Cause");
    }

    @Test
    void aRebaseOnTheFirstRowNumbersGroupsFromOne() {
        BatchOutput out = run(meta("NHSRplotthedots", Map.of("rebase_dates", "2020-01-01;2020-04-01")), 1, 2, 3, 4, 5);
        assertThat(out.rows(BatchTable.PTD_GROUPS)).extracting(r -> cell(r, BatchTable.PTD_GROUPS, "rebase_group"))
                .containsExactly("1", "2");
    }

    @Test
    void mdcReadsRunLengthAndExclusionsWhileNhsrRefusesThem() {
        double[] values = {10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 11.5, 11.8, 11.6, 11.9, 11.7, 11.6, 10};
        BatchOutput six = run(meta("mdc", Map.of("run_length", "6")), values);
        assertThat(six.rows(BatchTable.PTD_POINTS)).anyMatch(r -> r[BatchTable.PTD_POINTS.indexOf("special_cause_type")]
                .equals("6 Points Above CL"));
        BatchOutput excluded = run(meta("mdc", Map.of("exclude", "14")), values);
        assertThat(excluded.rows(BatchTable.PTD_POINTS).get(13)[BatchTable.PTD_POINTS.indexOf("fix_y")]).isEqualTo("NA");
        assertThatThrownBy(() -> run(meta("NHSRplotthedots", Map.of("exclude", "14")), values))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use mode mdc");
        assertThatThrownBy(() -> run(meta("NHSRplotthedots", Map.of("fix_after_n_points", "5")), values))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 12");
    }

    @Test
    void annotationsFromTheMetaRowLabelTheChart() {
        SeriesMeta meta = meta("mdc", Map.of("annotations", "2020-02-01=PDSA 1: new triage; 2020-03-01=PDSA 2"));
        String svg = SpcSvg.render("Annotated", PtdBatchMode.mdc().chart(series(meta, 1, 2, 3, 2)));
        assertThat(svg).contains("PDSA 1: new triage").contains("PDSA 2");
        assertThatThrownBy(() -> PtdBatchMode.mdc().chart(series(meta("mdc", Map.of("annotations", "soon")), 1, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DATE=note");
    }

    @Test
    void duplicateDatesAreRefused() {
        SeriesMeta meta = meta("mdc", Map.of());
        List<SeriesRow> rows = List.of(new SeriesRow(1, "1", LocalDate.of(2020, 1, 1), 1, Double.NaN),
                new SeriesRow(2, "2", LocalDate.of(2020, 1, 1), 2, Double.NaN));
        assertThatThrownBy(() -> PtdBatchMode.mdc().run(new BatchSeries(meta, rows), new BatchOutput()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate date 2020-01-01");
    }

    @Test
    void degenerateChartsStillRender() {
        SeriesMeta meta = meta("mdc", Map.of());
        String constant = SpcSvg.render("Constant", PtdBatchMode.mdc().chart(series(meta, 5, 5, 5)));
        String screened = SpcSvg.render("Constant, screened", PtdBatchMode.nhsr().chart(series(meta, 5, 5, 5)));
        String single = SpcSvg.render("One point", PtdBatchMode.mdc().chart(series(meta, 7)));
        assertThat(constant).contains("the limits equal the mean");
        assertThat(screened).contains("cannot be calculated");
        assertThat(single).contains("One point");
    }

    private static BatchOutput run(SeriesMeta meta, double... values) {
        BatchOutput out = new BatchOutput();
        SpcModes.forSeries(meta).orElseThrow().run(series(meta, values), out);
        return out;
    }

    private static BatchSeries series(SeriesMeta meta, double... values) {
        List<SeriesRow> rows = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            rows.add(new SeriesRow(i + 1, Integer.toString(i + 1), LocalDate.of(2020, 1, 1).plusMonths(i), values[i],
                    Double.NaN));
        }
        return new BatchSeries(meta, rows);
    }

    private static SeriesMeta meta(String peer, Map<String, String> options) {
        Map<String, String> columns = new HashMap<>(options);
        columns.put("series_id", "S");
        columns.put("peer", peer);
        columns.put("chart", "xmr");
        String target = options.get("target");
        String fix = options.get("fix_after_n_points");
        String exclude = options.get("exclude");
        String rebase = options.get("rebase_dates");
        return new SeriesMeta("S", peer, "xmr", "increase", target == null ? null : Double.valueOf(target),
                rebase == null ? List.of() : Arrays.stream(rebase.split(";")).map(LocalDate::parse).toList(),
                fix == null ? null : Integer.valueOf(fix), null, null, List.of(),
                exclude == null ? List.of() : List.of(Integer.valueOf(exclude)), null, null, null, null, "test", columns);
    }

    private static String cell(String[] row, BatchTable table, String column) {
        return row[table.indexOf(column)];
    }
}

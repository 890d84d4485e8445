package org.equitylens.spc.qic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.equitylens.spc.batch.BatchOutput;
import org.equitylens.spc.batch.BatchReader;
import org.equitylens.spc.batch.BatchSeries;
import org.equitylens.spc.batch.BatchTable;
import org.equitylens.spc.batch.SpcBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QicBatchModeTest {

    private static final String META_HEADER = "series_id,peer,chart,n_rows,n_subgroups,improvement_direction,target,"
        + "rebase_dates,fix_after_n_points,screen_outliers,freeze,part,exclude,cl,multiply,screenedmr,agg_fun,"
        + "description\n";

    @TempDir
    Path dir;

    @Test
    void writesOneRowPerSubgroupAndOnePerPart() throws IOException {
        List<BatchSeries> batch = batch(
            "S,1,1,NA,3,10\nS,2,1,NA,1,10\nS,3,2,NA,2,10\nS,4,NA,NA,5,10\nS,5,3,NA,NA,10\n",
            "S,qicharts2,p,5,3,NA,NA,NA,NA,NA,NA,2,NA,NA,100,FALSE,NA,percent\n");
        BatchOutput out = new BatchOutput();
        SpcBatch.Outcome outcome = SpcBatch.runOne(batch.get(0), null, out);

        assertThat(outcome.ok()).as(String.valueOf(outcome.error())).isTrue();
        assertThat(outcome.mode()).isEqualTo("qic");
        List<String[]> points = out.rows(BatchTable.QIC_POINTS);
        assertThat(points).hasSize(3); // the row without a key is dropped
        int x = BatchTable.QIC_POINTS.indexOf("x");
        int y = BatchTable.QIC_POINTS.indexOf("y");
        int n = BatchTable.QIC_POINTS.indexOf("n");
        int part = BatchTable.QIC_POINTS.indexOf("part");
        assertThat(points.get(0)[x]).isEqualTo("1");
        assertThat(points.get(0)[n]).isEqualTo("20");
        assertThat(points.get(0)[y]).isEqualTo("20");
        // Numerator missing: the denominator is dropped too and the point is 0/0.
        assertThat(points.get(2)[y]).isEqualTo("NaN");
        assertThat(points.get(2)[n]).isEqualTo("0");
        assertThat(points.get(2)[BatchTable.QIC_POINTS.indexOf("y_sum")]).isEqualTo("NA");
        assertThat(points.get(2)[BatchTable.QIC_POINTS.indexOf("y_mean")]).isEqualTo("NaN");
        assertThat(points.get(2)[BatchTable.QIC_POINTS.indexOf("lcl")]).isEqualTo("NA");
        assertThat(points.get(2)[part]).isEqualTo("2");

        List<String[]> parts = out.rows(BatchTable.QIC_CHARTS);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)[BatchTable.QIC_CHARTS.indexOf("screenedmr")]).isEqualTo("FALSE");
        assertThat(parts.get(1)[BatchTable.QIC_CHARTS.indexOf("n_useful")]).isEqualTo("0");
        assertThat(parts.get(1)[BatchTable.QIC_CHARTS.indexOf("longest_run")]).isEqualTo("NA");
        assertThat(parts.get(1)[BatchTable.QIC_CHARTS.indexOf("CL")]).isEqualTo("NaN");
    }

    @Test
    void aggregatedRunChartSaysHowAndTellsNaFromNaN() throws IOException {
        String rows = "M,1,1,NA,4,NA\nM,2,1,NA,6,NA\nM,3,2,NA,NA,NA\nM,4,3,NA,7,NA\n";
        BatchOutput median = run(rows, "M,qicharts2,mr,4,3,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,TRUE,median,x\n");
        List<String[]> points = median.rows(BatchTable.QIC_POINTS);
        int y = BatchTable.QIC_POINTS.indexOf("y");
        // median of no values is NA in R, and so are the moving ranges next to it
        assertThat(points).extracting(p -> p[y]).containsExactly("NA", "NA", "NA");

        BatchOutput mean = run(rows, "M,qicharts2,run,4,3,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,TRUE,NA,x\n");
        assertThat(mean.rows(BatchTable.QIC_POINTS)).extracting(p -> p[y]).containsExactly("5", "NaN", "7");
        assertThat(mean.rows(BatchTable.QIC_CHARTS).get(0)[BatchTable.QIC_CHARTS.indexOf("messages")])
            .isEqualTo("message: Subgroup size > 1. Data have been aggregated using mean().");
    }

    @Test
    void badInputIsReportedNotWritten() throws IOException {
        List<BatchSeries> batch = batch("T,1,1,NA,3,NA\nT,2,2,NA,0,NA\n",
            "T,qicharts2,t,2,2,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,TRUE,NA,times\n");
        BatchOutput out = new BatchOutput();
        SpcBatch.Outcome outcome = SpcBatch.runOne(batch.get(0), null, out);
        assertThat(outcome.error()).contains("greater than zero");
        assertThat(out.rows(BatchTable.QIC_POINTS)).isEmpty();
    }

    @Test
    void acceptsOnlyQicharts2Charts() throws IOException {
        List<BatchSeries> batch = batch("A,1,1,NA,3,NA\n",
            "A,qicharts2,xmr,1,1,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,TRUE,NA,x\n");
        assertThat(new QicBatchMode().accepts(batch.get(0).meta())).isFalse();
    }

    private BatchOutput run(String seriesRows, String metaRows) throws IOException {
        BatchOutput out = new BatchOutput();
        SpcBatch.Outcome outcome = SpcBatch.runOne(batch(seriesRows, metaRows).get(0), null, out);
        assertThat(outcome.ok()).as(String.valueOf(outcome.error())).isTrue();
        return out;
    }

    private List<BatchSeries> batch(String seriesRows, String metaRows) throws IOException {
        Path series = Files.writeString(dir.resolve("series.csv"), "series_id,row,x,date,y,n\n" + seriesRows);
        Path meta = Files.writeString(dir.resolve("series_meta.csv"), META_HEADER + metaRows);
        return BatchReader.read(series, meta);
    }
}

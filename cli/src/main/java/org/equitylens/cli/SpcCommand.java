package org.equitylens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.equitylens.chart.QicSvg;
import org.equitylens.chart.SpcSvg;
import org.equitylens.spc.batch.BatchOutput;
import org.equitylens.spc.batch.BatchReader;
import org.equitylens.spc.batch.BatchSeries;
import org.equitylens.spc.batch.BatchTable;
import org.equitylens.spc.batch.PtdBatchMode;
import org.equitylens.spc.batch.SpcBatch;
import org.equitylens.spc.batch.SpcBatchMode;
import org.equitylens.spc.batch.SpcModes;
import org.equitylens.spc.batch.Values;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Batch SPC: reads series in the long format ({@code series.csv} + {@code series_meta.csv}), charts
 * each with the mode its {@code peer} column selects, writes the five result tables and, on request,
 * one SVG per series.
 */
@Command(name = "spc", mixinStandardHelpOptions = true,
        description = {"Chart many series at once: Making Data Count XmR (modes mdc, nhsr) and the qicharts2 family.",
            "Writes ptd_points.csv, ptd_groups.csv, ptd_charts.csv, qic_points.csv and qic_charts.csv to --out."})
final class SpcCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--series", required = true, paramLabel = "SERIES.csv",
            description = "Observations: series_id, row, x, date, y, n.")
    Path series;

    @Option(names = "--meta", required = true, paramLabel = "SERIES_META.csv",
            description = "One row per series: series_id, peer (NHSRplotthedots, qicharts2 or mdc), chart, options.")
    Path meta;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the result files.")
    Path out;

    @Option(names = "--svg", description = "Also write one SVG chart per series (DIR/<series_id>.svg).")
    boolean svg;

    @Option(names = "--mode", paramLabel = "MODE",
            description = "Chart the XmR series in this mode instead of the one their peer selects (mdc or nhsr).")
    String mode;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (mode != null && SpcModes.byName(mode).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Unknown --mode '" + mode + "'; known: "
                    + SpcModes.all().stream().map(SpcBatchMode::name).toList());
        }
        List<BatchSeries> batch;
        try {
            batch = BatchReader.read(series, meta);
        } catch (IllegalArgumentException e) {
            err.println("spc: " + e.getMessage());
            err.flush();
            return 1;
        }
        Files.createDirectories(out);
        BatchOutput output = new BatchOutput();
        List<SpcBatch.Outcome> failed = new ArrayList<>();
        int svgs = 0;
        for (BatchSeries one : batch) {
            BatchOutput own = new BatchOutput();
            SpcBatch.Outcome outcome = SpcBatch.runOne(one, mode, own);
            if (!outcome.ok()) {
                failed.add(outcome);
                continue;
            }
            output.addAll(own);
            if (svg && writeSvg(one, own)) {
                svgs++;
            }
        }
        output.write(out);
        for (SpcBatch.Outcome f : failed) {
            err.println("spc: series " + f.seriesId() + ": " + f.error());
        }
        stdout.println("spc: " + (batch.size() - failed.size()) + " of " + batch.size() + " series charted"
                + (svg ? ", " + svgs + " SVG files" : "") + "; results in " + out);
        stdout.flush();
        err.flush();
        return failed.isEmpty() ? 0 : 1;
    }

    /** Writes the series' chart: XmR modes from the analysed chart, other modes from their qic_points rows. */
    private boolean writeSvg(BatchSeries one, BatchOutput own) throws IOException {
        String title = one.meta().description() == null ? one.seriesId() : one.seriesId() + " — " + one.meta().description();
        Optional<SpcBatchMode> chosen = SpcModes.forSeries(one.meta(), mode);
        String drawing;
        if (chosen.isPresent() && chosen.get() instanceof PtdBatchMode ptd) {
            drawing = SpcSvg.render(title, ptd.chart(modeView(one, ptd)));
        } else {
            List<QicSvg.Point> points = qicPoints(own);
            if (points.isEmpty()) {
                return false;
            }
            String chart = one.meta().chart() == null ? "qicharts2" : one.meta().chart();
            drawing = QicSvg.render(title, chart, points);
        }
        Files.writeString(out.resolve(fileName(one.seriesId()) + ".svg"), drawing, StandardCharsets.UTF_8);
        return true;
    }

    /** The series as the chosen mode sees it (a preferred mode may need its own peer name). */
    private static BatchSeries modeView(BatchSeries one, SpcBatchMode chosen) {
        return chosen.accepts(one.meta()) ? one
                : new BatchSeries(SpcModes.withPeer(one.meta(), chosen.name()), one.rows());
    }

    private static List<QicSvg.Point> qicPoints(BatchOutput own) {
        BatchTable t = BatchTable.QIC_POINTS;
        List<QicSvg.Point> points = new ArrayList<>();
        for (String[] row : own.rows(t)) {
            points.add(new QicSvg.Point(
                    (int) Values.parseDouble(row[t.indexOf("part")]),
                    row[t.indexOf("x")],
                    Values.parseDouble(row[t.indexOf("y")]),
                    Values.parseDouble(row[t.indexOf("cl")]),
                    Values.parseDouble(row[t.indexOf("lcl")]),
                    Values.parseDouble(row[t.indexOf("ucl")]),
                    "TRUE".equals(row[t.indexOf("sigma_signal")]),
                    "TRUE".equals(row[t.indexOf("runs_signal")])));
        }
        return points;
    }

    /** A safe file name from a series id. */
    static String fileName(String seriesId) {
        String name = seriesId.replaceAll("[^A-Za-z0-9._-]", "_");
        return name.isEmpty() ? "series" : name;
    }
}

package org.equitylens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.equitylens.engine.Text;
import org.equitylens.engine.cube.AggregationDefinition;
import org.equitylens.engine.cube.Aggregator;
import org.equitylens.engine.cube.Condition;
import org.equitylens.engine.cube.Cube;
import org.equitylens.engine.cube.Denominator;
import org.equitylens.engine.cube.Grain;
import org.equitylens.engine.cube.Numerator;
import org.equitylens.engine.store.EngineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aggregate}: a stored dataset to a cube (DESIGN.md §3.2). */
@Command(name = "aggregate", mixinStandardHelpOptions = true,
        description = "Aggregate a stored dataset to a cube: period × dimensions → numerator, denominator (CSV or Parquet, sorted).")
final class AggregateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOptions data = new DataDirOptions();

    @Parameters(index = "0", paramLabel = "DATASET")
    String dataset;

    @Option(names = "--grain", defaultValue = "month", paramLabel = "GRAIN", description = "month, quarter, financial-year or year (default: month).")
    String grain;

    @Option(names = "--by", split = ",", paramLabel = "COLUMN",
            description = "Dimensions, e.g. ethnic_category,imd_decile,site (see `datasets` for a dataset's columns).")
    List<String> by = new ArrayList<>();

    @Option(names = "--numerator", defaultValue = "rows", paramLabel = "WHAT",
            description = "rows, persons, or a condition such as detained=1 or los>=7 (default: rows).")
    String numerator;

    @Option(names = "--denominator", defaultValue = "rows", paramLabel = "WHAT",
            description = "rows, persons, or population:ICB:QMF / population:LA:E09000022 (Census 2021 by ethnic group).")
    String denominator;

    @Option(names = "--value", paramLabel = "COLUMN", description = "Also sum this numeric column and its squares.")
    String value;

    @Option(names = "--filter", paramLabel = "CONDITION", description = "Only rows meeting this, repeatable: site=North, age>=18, sex=M|F.")
    List<String> filters = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (.parquet or .csv); default: CSV on standard output.")
    Path out;

    @Override
    public Integer call() {
        AggregationDefinition def = new AggregationDefinition(Grain.parse(grain), by, Numerator.parse(numerator),
                Denominator.parse(denominator), java.util.Optional.ofNullable(value), filters.stream().map(Condition::parse).toList());
        PrintWriter writer = spec.commandLine().getOut();
        try (EngineStore store = data.open()) {
            Aggregator aggregator = new Aggregator(store);
            if (out != null) {
                long rows = aggregator.write(dataset, def, out);
                writer.printf("Wrote %,d cube rows to %s%n", rows, out);
            } else {
                print(writer, aggregator.aggregate(dataset, def));
            }
        }
        writer.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter w, Cube cube) {
        List<String> header = new ArrayList<>(List.of("period_start"));
        header.addAll(cube.dimensions());
        header.addAll(List.of("numerator", "denominator"));
        if (cube.hasValues()) {
            header.addAll(List.of("value_sum", "value_sum_sq"));
        }
        w.println(String.join(",", header));
        for (int row = 0; row < cube.size(); row++) {
            StringBuilder s = new StringBuilder(cube.periodStart(row).toString());
            for (int d = 0; d < cube.dimensions().size(); d++) {
                String v = cube.dimensionValue(row, d);
                s.append(',').append(v == null ? "" : Text.csvField(v));
            }
            s.append(',').append(cube.numerator(row)).append(',').append(cube.denominator(row));
            if (cube.hasValues()) {
                s.append(',').append(cube.valueSum(row).isPresent() ? Double.toString(cube.valueSum(row).getAsDouble()) : "")
                        .append(',').append(cube.valueSumSq(row).isPresent() ? Double.toString(cube.valueSumSq(row).getAsDouble()) : "");
            }
            w.println(s);
        }
    }
}

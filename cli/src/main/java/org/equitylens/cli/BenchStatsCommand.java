package org.equitylens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.DoubleSupplier;
import org.equitylens.stats.Distributions;
import org.equitylens.stats.Estimate;
import org.equitylens.stats.Proportions;
import org.equitylens.stats.StandardPopulation;
import org.equitylens.stats.Standardisation;
import org.equitylens.stats.table.MethodRegistry;
import org.equitylens.stats.table.Params;
import org.equitylens.stats.table.Table;
import org.equitylens.stats.table.TableMethod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code equitylens bench stats}: times the statistics kernels on synthetic data — Wilson limits for
 * a million proportions and Dobson DSRs for a million groups of 19 ESP2013 bands — and prints the
 * machine it ran on, and the same proportions through the {@code phe_proportion} table method. Best
 * of several runs after a warm-up, on one thread.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Benchmark: Wilson limits for N proportions and N directly standardised rates (19 bands).")
final class BenchStatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--groups", defaultValue = "1000000", description = "Number of groups (default 1,000,000).")
    int groups;

    @Option(names = "--table-groups", defaultValue = "100000",
            description = "Groups for the grouped table-method runs (default 100,000; 19 rows each for the DSR).")
    int tableGroups;

    @Option(names = "--runs", defaultValue = "5", description = "Timed runs; the best is reported (default 5).")
    int runs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Random random = new Random(20250101);
        double[] x = new double[groups];
        double[] n = new double[groups];
        for (int g = 0; g < groups; g++) {
            n[g] = 100 + random.nextInt(100000);
            x[g] = random.nextInt((int) n[g] + 1);
        }
        double[] w = StandardPopulation.esp2013(19).weights();
        int bands = w.length;
        double[] deaths = new double[groups * bands];
        double[] population = new double[groups * bands];
        for (int i = 0; i < deaths.length; i++) {
            population[i] = 1000 + random.nextInt(50000);
            deaths[i] = random.nextInt(200);
        }

        out.println("machine: " + machine());
        out.printf("proportions: %,d groups, Wilson 95%% limits: %s%n", groups,
                best(() -> proportions(x, n)));
        Table table = proportionTable(x, n);
        Params params = Params.builder().column("x", "x").column("n", "n").build();
        TableMethod method = MethodRegistry.standard().find("PHEindicatormethods::phe_proportion").orElseThrow();
        out.printf("phe_proportion table method, ungrouped: %,d rows: %s%n", groups,
                best(() -> method.apply(table, params).rowCount()));
        out.printf("DSRs: %,d groups x %d bands (ESP2013), Dobson 95%% limits: %s%n", groups, bands,
                best(() -> dsrs(deaths, population, w)));

        Table grouped = groupedTable(tableGroups, 2, random);
        Params byGroup = Params.builder().column("x", "x").column("n", "n").groupBy("group").build();
        out.printf("phe_proportion table method, grouped: %,d rows in %,d groups: %s%n",
                grouped.rowCount(), tableGroups, best(() -> method.apply(grouped, byGroup).rowCount()));
        Table bandsTable = groupedTable(tableGroups, bands, random);
        Params dsrParams = Params.builder().column("x", "x").column("n", "n").column("stdpop", "stdpop")
                .groupBy("group").build();
        TableMethod dsr = MethodRegistry.standard().find("PHEindicatormethods::calculate_dsr").orElseThrow();
        out.printf("calculate_dsr table method: %,d rows in %,d groups: %s%n", bandsTable.rowCount(),
                tableGroups, best(() -> dsr.apply(bandsTable, dsrParams).rowCount()));
        out.flush();
        return 0;
    }

    /** {@code groups} groups of {@code size} rows: group label, x, n and an ESP2013 weight per row. */
    private static Table groupedTable(int groups, int size, Random random) {
        double[] w = StandardPopulation.esp2013(19).weights();
        Table.Builder b = Table.builder("group", "x", "n", "stdpop");
        for (int g = 0; g < groups; g++) {
            String label = "G" + g;
            for (int i = 0; i < size; i++) {
                double n = 1000 + random.nextInt(50000);
                b.add(label, (double) random.nextInt(200), n, w[i % w.length]);
            }
        }
        return b.build();
    }

    private static Table proportionTable(double[] x, double[] n) {
        Table.Builder b = Table.builder("x", "n");
        for (int g = 0; g < x.length; g++) {
            b.add(x[g], n[g]);
        }
        return b.build();
    }

    private static double proportions(double[] x, double[] n) {
        double z = Distributions.twoSidedZ(0.95);
        double check = 0;
        for (int g = 0; g < x.length; g++) {
            check += Proportions.wilsonLower(x[g], n[g], z) + Proportions.wilsonUpper(x[g], n[g], z);
        }
        return check;
    }

    private double dsrs(double[] deaths, double[] population, double[] w) {
        double check = 0;
        for (int g = 0; g < groups; g++) {
            Estimate e = Standardisation.dsr(deaths, population, g * w.length, w, 100000, 0.95);
            check += e.lower() + e.upper();
        }
        return check;
    }

    /**
     * The best wall time of {@code runs} runs after one warm-up run, with the process's CPU time (all
     * threads, so garbage collection counts) during that run: on a shared machine the CPU time shows
     * the work itself when waiting for a processor inflates the wall time.
     */
    private String best(DoubleSupplier work) {
        double sink = work.getAsDouble();
        double best = Double.POSITIVE_INFINITY;
        double cpuOfBest = Double.NaN;
        for (int r = 0; r < runs; r++) {
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            sink += work.getAsDouble();
            double wall = (System.nanoTime() - start) / 1e9;
            if (wall < best) {
                best = wall;
                cpuOfBest = (processCpuNanos() - cpu) / 1e9;
            }
        }
        if (Double.isNaN(sink)) {
            spec.commandLine().getErr().println("(a benchmark produced NaN)");
        }
        return String.format(Locale.ROOT, "best %.3f s (CPU %.3f s)", best, cpuOfBest);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            cpu = System.getProperty("os.arch");
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return Runtime.getRuntime().availableProcessors() + " processors, " + cpu + ", "
                + Math.round(memory / 1e9) + " GB memory, Java " + System.getProperty("java.version");
    }
}

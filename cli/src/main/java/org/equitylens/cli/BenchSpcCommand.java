package org.equitylens.cli;

import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.equitylens.spc.AssuranceType;
import org.equitylens.spc.ImprovementDirection;
import org.equitylens.spc.PointType;
import org.equitylens.spc.Series;
import org.equitylens.spc.SpcChart;
import org.equitylens.spc.SpcOptions;
import org.equitylens.spc.XmrAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * SPC throughput on one thread: generates synthetic monthly series (normal noise, some with a shift,
 * a trend or an outlier, a third with a target), then times building and analysing every chart —
 * limits, all four rules, point types, variation and assurance icons. Prints the best and median
 * of several timed rounds after warm-up rounds, as wall time and as this thread's CPU time plus
 * garbage-collection time.
 */
@Command(name = "spc", mixinStandardHelpOptions = true,
        description = "Time the SPC engine: all rules and both icons for many XmR series on one thread.")
final class BenchSpcCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--series", defaultValue = "100000", description = "Number of series (default ${DEFAULT-VALUE}).")
    int seriesCount;

    @Option(names = "--points", defaultValue = "60", description = "Points per series (default ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--mode", defaultValue = "mdc", description = "mdc or nhsr (default ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "3", description = "Untimed warm-up rounds (default ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SpcOptions base = "nhsr".equalsIgnoreCase(mode) ? SpcOptions.nhsr() : SpcOptions.mdc();
        List<LocalDate> dates = new ArrayList<>(points);
        for (int i = 0; i < points; i++) {
            dates.add(LocalDate.of(2020, 1, 1).plusMonths(i));
        }
        Random random = new Random(20_261_122L);
        double[][] values = new double[seriesCount][];
        SpcOptions[] options = new SpcOptions[seriesCount];
        for (int s = 0; s < seriesCount; s++) {
            values[s] = synthetic(random, points, s % 4);
            ImprovementDirection direction = ImprovementDirection.values()[s % 3];
            options[s] = base.withDirection(direction).withTarget(s % 3 == 0 ? 100.0 + (s % 7) : null);
        }
        out.printf(Locale.ROOT, "bench spc: %,d series x %d points, mode %s, 1 thread%n", seriesCount, points,
                base.mode().name().toLowerCase(Locale.ROOT));
        long checksum = 0;
        for (int r = 0; r < warmup; r++) {
            checksum += runOnce(dates, values, options);
        }
        // Wall time, and CPU time of this thread plus garbage collection: on a shared machine the
        // second is what one core actually spent.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] seconds = new double[rounds];
        double[] cpuSeconds = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long gcBefore = gcMillis();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            checksum += runOnce(dates, values, options);
            seconds[r] = (System.nanoTime() - start) / 1e9;
            cpuSeconds[r] = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9 + (gcMillis() - gcBefore) / 1e3;
            out.printf(Locale.ROOT, "  round %d: %.3f s wall, %.3f s cpu+gc%n", r + 1, seconds[r], cpuSeconds[r]);
        }
        Arrays.sort(seconds);
        Arrays.sort(cpuSeconds);
        double median = seconds[rounds / 2];
        out.printf(Locale.ROOT, "wall: best %.3f s, median %.3f s (%.2f us per series, %,.0f series/s)%n",
                seconds[0], median, median * 1e6 / seriesCount, seriesCount / median);
        out.printf(Locale.ROOT, "cpu+gc: best %.3f s, median %.3f s; checksum %d%n", cpuSeconds[0],
                cpuSeconds[rounds / 2], checksum);
        out.flush();
        return 0;
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    /** Analyses every series; returns a count of signals and icons so the work cannot be skipped. */
    private static long runOnce(List<LocalDate> dates, double[][] values, SpcOptions[] options) {
        long signals = 0;
        for (int s = 0; s < values.length; s++) {
            SpcChart chart = XmrAnalysis.analyse(Series.of("s", dates, values[s]), options[s]);
            signals += chart.pointType(chart.size() - 1) == PointType.COMMON_CAUSE ? 0 : 1;
            signals += chart.variationIcon().ordinal();
            AssuranceType assurance = chart.assurance();
            signals += assurance == null ? 0 : assurance.ordinal() + 1;
        }
        return signals;
    }

    /** Noise around 100 (sd 5) with, by kind: nothing, a shift of +8 half-way, a rising trend, an outlier. */
    private static double[] synthetic(Random random, int n, int kind) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.round((100 + 5 * random.nextGaussian()) * 100) / 100.0;
            if (kind == 1 && i >= n / 2) {
                v[i] += 8;
            } else if (kind == 2 && i >= n - 10) {
                v[i] += (i - (n - 10)) * 2.5;
            } else if (kind == 3 && i == n / 3) {
                v[i] += 30;
            }
        }
        return v;
    }
}

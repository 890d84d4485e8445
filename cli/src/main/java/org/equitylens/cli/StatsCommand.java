package org.equitylens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.equitylens.disclosure.DisclosurePolicy;
import org.equitylens.disclosure.ProtectedTable;
import org.equitylens.stats.table.CsvTables;
import org.equitylens.stats.table.InputException;
import org.equitylens.stats.table.MethodRegistry;
import org.equitylens.stats.table.Params;
import org.equitylens.stats.table.Table;
import org.equitylens.stats.table.TableMethod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code equitylens stats <method> --in FILE.csv [--by COLS] [-p NAME=VALUE ...] --out FILE.csv}: runs
 * any method of the statistics registry on a tidy CSV, so R and Python users can script it. Methods
 * are found by short name (proportion, rate, dsr, isr, sii, heat, ratio, funnel, wres, suppress, …)
 * or by qualified peer name ({@code PHEindicatormethods::phe_rate}); whatever the registry holds is
 * available, including methods added later.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Equity statistics on a tidy CSV: rates and confidence intervals, standardisation,",
            "ratios, SII/RII, WHO HEAT measures, funnels, life expectancy, WRES, disclosure control.",
            "", "Arguments are given as -p NAME=VALUE, VALUE being col:COLUMN (a column of the input),",
            "csv:FILE (another table), NA, TRUE/FALSE, a number, a comma-separated list, or text.",
            "Run 'stats --list' for the methods."},
        footer = {"", "Example:",
            "  equitylens stats proportion --in screening.csv -p x=col:screened -p n=col:eligible \\",
            "      --multiplier 100 --out screening_wilson.csv"})
final class StatsCommand implements Callable<Integer> {

    /** Short names for the commonly used methods. */
    static final Map<String, String> ALIASES = new LinkedHashMap<>();

    static {
        ALIASES.put("proportion", "PHEindicatormethods::phe_proportion");
        ALIASES.put("rate", "PHEindicatormethods::phe_rate");
        ALIASES.put("mean", "PHEindicatormethods::phe_mean");
        ALIASES.put("dsr", "PHEindicatormethods::calculate_dsr");
        ALIASES.put("isr", "PHEindicatormethods::calculate_ISRatio");
        ALIASES.put("israte", "PHEindicatormethods::calculate_ISRate");
        ALIASES.put("sii", "PHEindicatormethods::phe_sii");
        ALIASES.put("quantile", "PHEindicatormethods::phe_quantile");
        ALIASES.put("funnel", "PHEindicatormethods::assign_funnel_significance");
        ALIASES.put("funnel-limits", "PHEindicatormethods::calculate_funnel_limits");
        ALIASES.put("le", "PHEindicatormethods::phe_life_expectancy");
        ALIASES.put("wres", "wres_definition::relative_likelihood");
        ALIASES.put("suppress", "equitylens::suppress");
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "METHOD",
            description = "Short name (proportion, rate, mean, dsr, isr, israte, sii, quantile, funnel, funnel-limits,"
                    + " le, wres, suppress, heat, ratio) or a qualified name such as PHEindicatormethods::phe_rate.")
    String method;

    @Option(names = "--list", description = "List the available methods and exit.")
    boolean list;

    @Option(names = "--in", paramLabel = "FILE.csv", description = "Input table (CSV with a header row; NA = missing).")
    Path in;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Output table; standard output when omitted.")
    Path out;

    @Option(names = "--by", split = ",", paramLabel = "COLS", description = "Group by these columns (comma-separated).")
    List<String> by = new ArrayList<>();

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A method argument (repeatable).")
    List<String> params = new ArrayList<>();

    @Option(names = "--measure", paramLabel = "NAME",
            description = "For 'heat': the healthequal measure (d, r, sii, rii, aci, rci, paf, parisk, bgv, bgsd, covar,"
                    + " ti, mld, idisu, idisw, mdbu, mdbw, mdmu, mdmw, mdru, mdrw). For 'ratio': riskratio, oddsratio,"
                    + " rateratio, riskdifference, ratedifference, poisson.test, fisher.test, binom.test.")
    String measure;

    @Option(names = "--peer", paramLabel = "PACKAGE", defaultValue = "epitools",
            description = "For 'ratio': epitools (default), fmsb or base.")
    String peer;

    @Option(names = "--confidence", split = ",", paramLabel = "LEVEL",
            description = "Confidence level(s), e.g. 0.95 or 95,99.8 (same as -p confidence=...).")
    List<String> confidence;

    @Option(names = "--multiplier", paramLabel = "NUMBER", description = "Multiplier, e.g. 100 or 100000.")
    Double multiplier;

    @Option(names = "--policy", paramLabel = "NAME",
            description = "For 'suppress': NHSD-2018 (default) or SUPPRESS-LT-N.")
    String policy;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        MethodRegistry registry = MethodRegistry.standard();
        if (list) {
            for (TableMethod m : registry.methods()) {
                String alias = ALIASES.entrySet().stream().filter(e -> e.getValue().equals(m.name()))
                        .map(Map.Entry::getKey).findFirst().orElse("");
                stdout.printf("%-14s %-46s %s%n", alias, m.name(), m.description());
            }
            stdout.flush();
            return 0;
        }
        if (method == null || in == null) {
            throw new ParameterException(spec.commandLine(),
                    "give a METHOD and --in FILE.csv (or --list)");
        }
        String name = qualifiedName();
        Optional<TableMethod> found = registry.find(name);
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("No method '" + name + "' is available. Run 'stats --list'.");
            spec.commandLine().getErr().flush();
            return 2;
        }
        try {
            Table input = CsvTables.read(in);
            Table result = found.get().apply(input, params());
            write(result, stdout);
            for (String note : result.notes()) {
                spec.commandLine().getErr().println("Warning: " + note);
            }
            spec.commandLine().getErr().flush();
            if (result.hasColumn(ProtectedTable.POLICY_COLUMN) && result.rowCount() > 0) {
                DisclosurePolicy used = DisclosurePolicy.byName((String) result.get(0, ProtectedTable.POLICY_COLUMN));
                stdout.println("Disclosure control: " + used.description() + ".");
            }
            stdout.flush();
            return 0;
        } catch (InputException e) {
            spec.commandLine().getErr().println("Input refused: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        } catch (UncheckedIOException e) {
            spec.commandLine().getErr().println("Cannot read or write a file: " + e.getCause().getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
    }

    private String qualifiedName() {
        if (method.equals("heat")) {
            requireMeasure();
            return "healthequal::" + measure;
        }
        if (method.equals("ratio")) {
            requireMeasure();
            return peer + "::" + measure;
        }
        return ALIASES.getOrDefault(method, method);
    }

    private void requireMeasure() {
        if (measure == null) {
            throw new ParameterException(spec.commandLine(),
                    "'" + method + "' needs --measure NAME");
        }
    }

    private Params params() {
        Params.Builder b = Params.builder().groupBy(by);
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new ParameterException(spec.commandLine(),
                        "-p needs NAME=VALUE, got '" + p + "'");
            }
            String key = p.substring(0, eq).trim();
            String value = p.substring(eq + 1).trim();
            if (value.startsWith("col:")) {
                b.column(key, value.substring(4));
            } else if (value.startsWith("csv:")) {
                b.table(key, CsvTables.read(Path.of(value.substring(4))));
            } else if (value.equals("NA")) {
                b.na(key);
            } else {
                b.value(key, literal(value));
            }
        }
        if (confidence != null) {
            b.value("confidence", confidence.size() == 1 ? literal(confidence.get(0)) : literal(String.join(",", confidence)));
        }
        if (multiplier != null) {
            b.value("multiplier", multiplier);
        }
        if (policy != null) {
            b.value("policy", policy);
        }
        return b.build();
    }

    /** TRUE/FALSE, a number, a comma-separated list of those, or text (a list when it has commas). */
    private static Object literal(String value) {
        if (value.contains(",") && !value.contains("=")) {
            List<Object> items = new ArrayList<>();
            for (String item : value.split(",")) {
                items.add(scalar(item.trim()));
            }
            return items;
        }
        if (value.contains(",")) {
            return List.of(value.split(","));
        }
        return scalar(value);
    }

    private static Object scalar(String value) {
        if (value.equals("TRUE") || value.equals("FALSE")) {
            return Boolean.valueOf(value);
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private void write(Table result, PrintWriter stdout) {
        if (out == null) {
            StringWriter text = new StringWriter();
            CsvTables.write(result, text);
            stdout.print(text);
            return;
        }
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CsvTables.write(result, out);
        stdout.println("Wrote " + result.rowCount() + " rows to " + out);
    }
}

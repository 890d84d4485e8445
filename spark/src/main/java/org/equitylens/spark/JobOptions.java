package org.equitylens.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.equitylens.engine.cube.AggregationDefinition;
import org.equitylens.engine.cube.Condition;
import org.equitylens.engine.cube.Denominator;
import org.equitylens.engine.cube.Grain;
import org.equitylens.engine.cube.Numerator;
import org.equitylens.engine.importer.ColumnRole;

/**
 * The job's command line, as {@code spark-submit … equitylens-spark.jar --input … --output …} or a
 * Databricks JAR task's parameter list. The aggregation options build the engine's
 * {@link AggregationDefinition}, with the same words as {@code equitylens aggregate}. Unknown or
 * malformed options are refused with the usage text.
 *
 * @param input the extract: a file, a directory of part files or a glob, on any Hadoop file system
 * @param inputFormat {@code csv} or {@code parquet}
 * @param csvDelimiter the CSV field delimiter as declared; empty to detect it as the engine does
 * @param csvEncoding the CSV character set as declared; empty to detect UTF-8 or Windows-1252 as the engine does
 * @param roles explicit column roles by header; other columns are guessed from their headers
 * @param uniqueKey headers whose combined values must be unique (empty: no check)
 * @param definition what to aggregate
 * @param today the date against which "in the future" is judged
 * @param earliest dates before this are out of range
 * @param output the output directory (cube, data-quality report, validation summary)
 * @param outputFormat the cube's format, {@code parquet} or {@code csv}
 * @param overwrite replace an existing output directory
 * @param maxErrorRate the largest share of invalid rows (0 to 1) the job accepts before refusing to write
 */
record JobOptions(
        String input,
        String inputFormat,
        Optional<String> csvDelimiter,
        Optional<String> csvEncoding,
        Map<String, ColumnRole> roles,
        List<String> uniqueKey,
        AggregationDefinition definition,
        LocalDate today,
        LocalDate earliest,
        String output,
        String outputFormat,
        boolean overwrite,
        double maxErrorRate) {

    static final LocalDate DEFAULT_EARLIEST = LocalDate.of(1900, 1, 1);

    static final String USAGE = """
            Usage: spark-submit --class org.equitylens.spark.AggregateJob equitylens-spark.jar [options]
            Input
              --input <path>               extract: file, directory or glob on any Hadoop file system (required)
              --input-format csv|parquet   default: from the input's extension
              --delimiter <char>           CSV field delimiter, or tab (default: detected, as the engine does)
              --encoding <charset>         CSV character set (default: UTF-8 or windows-1252, detected)
              --map <header>=<role>        a column's role when its header does not say it (repeatable), e.g.
                                           --map ETHNIC_CATEGORY_CODE=ethnic_category --map ward=dimension
              --unique <a,b,…>             headers whose combined values must be unique; rows sharing a key are invalid
              --today <yyyy-MM-dd>         dates after this are in the future (default: today)
              --earliest <yyyy-MM-dd>      dates before this are out of range (default 1900-01-01)
              --max-error-rate <0..1>      refuse to write when a larger share of rows is invalid (default 0:
                                           any invalid row stops the job, as the DuckDB import does)
            Cube
              --grain month|quarter|financial-year|year   (default month)
              --dimensions <a,b,…>         stored columns to split by, e.g. ethnic_category,imd_decile
              --numerator rows|persons|<condition>        e.g. detained=1 (default rows)
              --denominator rows|persons|population:<ICB|LA|COUNTRY>:<code>   (default rows)
              --value <column>             a numeric column to sum for means and variances
              --filter <condition>         rows to count, e.g. site=North|South (repeatable)
            Output
              --output <path>              output directory (required); written whole or not at all
              --output-format parquet|csv  cube format (default parquet)
              --overwrite                  replace an existing output directory
            """;

    JobOptions {
        roles = Map.copyOf(roles);
        uniqueKey = List.copyOf(uniqueKey);
    }

    private static final Set<String> VALUED = Set.of("--input", "--input-format", "--delimiter", "--encoding", "--map", "--unique",
            "--today", "--earliest", "--max-error-rate", "--grain", "--dimensions", "--numerator", "--denominator",
            "--value", "--filter", "--output", "--output-format");
    private static final Set<String> REPEATABLE = Set.of("--map", "--filter");

    static JobOptions parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        List<Condition> filters = new ArrayList<>();
        boolean overwrite = false;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--overwrite")) {
                overwrite = true;
                continue;
            }
            if (!VALUED.contains(name)) {
                throw new UsageException("Unknown option: " + name);
            }
            if (i + 1 == args.length || args[i + 1].startsWith("--")) {
                throw new UsageException("Option " + name + " needs a value");
            }
            String value = args[++i];
            switch (name) {
                case "--map" -> {
                    int eq = value.lastIndexOf('=');
                    if (eq <= 0 || eq == value.length() - 1) {
                        throw new UsageException("--map takes <header>=<role>, not: " + value);
                    }
                    roles.put(value.substring(0, eq).strip(), parsed(() -> ColumnRole.parse(value.substring(eq + 1)), "--map"));
                }
                case "--filter" -> filters.add(parsed(() -> Condition.parse(value), "--filter"));
                default -> {
                    if (!REPEATABLE.contains(name) && values.put(name, value) != null) {
                        throw new UsageException("Option " + name + " given twice");
                    }
                }
            }
        }
        String input = required(values, "--input");
        String output = required(values, "--output");
        String inputFormat = values.containsKey("--input-format")
                ? format(values.get("--input-format"), "--input-format")
                : formatFromExtension(input);
        Optional<String> delimiter = Optional.ofNullable(values.get("--delimiter"))
                .map(d -> d.equals("\\t") || d.equalsIgnoreCase("tab") ? "\t" : d);
        if (delimiter.isPresent() && delimiter.get().length() != 1) {
            throw new UsageException("--delimiter must be one character, not: " + delimiter.get());
        }
        List<String> uniqueKey = values.containsKey("--unique")
                ? List.of(values.get("--unique").strip().split("\\s*,\\s*")) : List.of();
        List<String> dimensions = values.containsKey("--dimensions")
                ? List.of(values.get("--dimensions").split("\\s*,\\s*")) : List.of();
        AggregationDefinition definition = parsed(() -> new AggregationDefinition(
                Grain.parse(values.getOrDefault("--grain", "month")), dimensions,
                Numerator.parse(values.getOrDefault("--numerator", "rows")),
                Denominator.parse(values.getOrDefault("--denominator", "rows")),
                Optional.ofNullable(values.get("--value")), filters), "the cube options");
        return new JobOptions(input, inputFormat, delimiter, Optional.ofNullable(values.get("--encoding")), roles, uniqueKey,
                definition,
                date(values.get("--today"), LocalDate.now(), "--today"),
                date(values.get("--earliest"), DEFAULT_EARLIEST, "--earliest"),
                output, format(values.getOrDefault("--output-format", "parquet"), "--output-format"), overwrite,
                errorRate(values.get("--max-error-rate")));
    }

    /** The file name of the input, as reports name it. */
    String inputName() {
        String trimmed = input.endsWith("/") ? input.substring(0, input.length() - 1) : input;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private static <T> T parsed(java.util.function.Supplier<T> parse, String option) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException("In " + option + ": " + e.getMessage());
        }
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new UsageException("Missing required option " + name);
        }
        return value;
    }

    private static String format(String value, String option) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (!lower.equals("csv") && !lower.equals("parquet")) {
            throw new UsageException(option + " must be csv or parquet, not: " + value);
        }
        return lower;
    }

    private static String formatFromExtension(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".csv.gz") || lower.endsWith(".txt")) {
            return "csv";
        }
        if (lower.endsWith(".parquet")) {
            return "parquet";
        }
        throw new UsageException("Cannot tell the format of " + input + " from its name; pass --input-format csv or parquet");
    }

    private static LocalDate date(String value, LocalDate otherwise, String option) {
        if (value == null) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " must be a date yyyy-MM-dd, not: " + value);
        }
    }

    private static double errorRate(String value) {
        if (value == null) {
            return 0;
        }
        try {
            double rate = Double.parseDouble(value);
            if (rate >= 0 && rate <= 1) {
                return rate;
            }
        } catch (NumberFormatException e) {
            // answered below with the rule
        }
        throw new UsageException("--max-error-rate must be a number from 0 to 1, not: " + value);
    }

    /** The command line could not be understood; the message says why, {@link #USAGE} says how. */
    static final class UsageException extends IllegalArgumentException {
        UsageException(String message) {
            super(message);
        }
    }
}

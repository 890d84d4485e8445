package org.equitylens.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The job's command line, as {@code spark-submit … equitylens-spark.jar --input … --output …} or a
 * Databricks JAR task's parameter list. Unknown or malformed options are refused with the usage text.
 *
 * @param input the extract: a file, a directory of part files or a glob, on any Hadoop file system
 * @param inputFormat {@code csv} or {@code parquet}
 * @param csvDelimiter the CSV field delimiter
 * @param csvEncoding the CSV character set
 * @param output the output directory (cube and data-quality summary)
 * @param outputFormat the cube's format, {@code parquet} or {@code csv}
 * @param overwrite replace an existing output directory
 * @param maxErrorRate the largest share of invalid rows (0 to 1) the job accepts before refusing to write
 * @param columns extract column names by role, where they differ from the role name
 */
record JobOptions(
        String input,
        String inputFormat,
        String csvDelimiter,
        String csvEncoding,
        String output,
        String outputFormat,
        boolean overwrite,
        double maxErrorRate,
        Map<String, String> columns) {

    static final double DEFAULT_MAX_ERROR_RATE = 0.05;

    static final String USAGE = """
            Usage: spark-submit --class org.equitylens.spark.AggregateJob equitylens-spark.jar [options]
              --input <path>             extract: file, directory or glob on any Hadoop file system (required)
              --input-format csv|parquet default: from the input's extension
              --delimiter <char>         CSV field delimiter (default ,)
              --encoding <charset>       CSV character set (default UTF-8)
              --column <role>=<name>     extract column for a role, when the names differ (repeatable)
              --output <path>            output directory for the cube and quality summary (required)
              --output-format parquet|csv cube format (default parquet)
              --overwrite                replace an existing output directory
              --max-error-rate <0..1>    refuse to write when more rows than this share are invalid (default 0.05)
            """;

    JobOptions {
        columns = Map.copyOf(columns);
    }

    static JobOptions parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> columns = new LinkedHashMap<>();
        boolean overwrite = false;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String name = rest.remove(0);
            if (name.equals("--overwrite")) {
                overwrite = true;
                continue;
            }
            if (!VALUED.contains(name)) {
                throw new UsageException("Unknown option: " + name);
            }
            if (rest.isEmpty() || rest.get(0).startsWith("--")) {
                throw new UsageException("Option " + name + " needs a value");
            }
            String value = rest.remove(0);
            if (name.equals("--column")) {
                int eq = value.indexOf('=');
                if (eq <= 0 || eq == value.length() - 1) {
                    throw new UsageException("--column takes <role>=<column name>, not: " + value);
                }
                columns.put(value.substring(0, eq).strip(), value.substring(eq + 1).strip());
            } else if (values.put(name, value) != null) {
                throw new UsageException("Option " + name + " given twice");
            }
        }
        String input = required(values, "--input");
        String output = required(values, "--output");
        String inputFormat = values.containsKey("--input-format")
                ? format(values.get("--input-format"), "--input-format")
                : formatFromExtension(input);
        String outputFormat = format(values.getOrDefault("--output-format", "parquet"), "--output-format");
        String delimiter = values.getOrDefault("--delimiter", ",");
        if (delimiter.equals("\\t") || delimiter.equalsIgnoreCase("tab")) {
            delimiter = "\t";
        }
        if (delimiter.length() != 1) {
            throw new UsageException("--delimiter must be one character, not: " + delimiter);
        }
        return new JobOptions(input, inputFormat, delimiter, values.getOrDefault("--encoding", "UTF-8"),
                output, outputFormat, overwrite, errorRate(values.get("--max-error-rate")), columns);
    }

    private static final List<String> VALUED = List.of("--input", "--input-format", "--delimiter", "--encoding",
            "--column", "--output", "--output-format", "--max-error-rate");

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

    private static double errorRate(String value) {
        if (value == null) {
            return DEFAULT_MAX_ERROR_RATE;
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

package org.equitylens.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.equitylens.engine.cube.Grain;
import org.equitylens.engine.sql.Dialect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each dialect construct gives the same answer on DuckDB and on Spark for awkward inputs, so the
 * rules written once against {@link Dialect} accept and reject the same values on both engines.
 */
class DialectEquivalenceTest {

    private static final List<String> DATES = List.of("2024-01-05", "2024-1-5", "05/01/2024", "5/1/2024", "31/02/2023",
            "2024-02-30", "2024-01-05 10:11:12", "2024-01-05T10:11:12", "20240105", "24-01-05", "0024-01-05",
            "2024/01/05", "2024/1/5", "2024 01 05", "2024.01.05", "2024-01/05", "2024-01-05T10:11:12Z", "2024-01-05T10:11:12+01:00",
            "2024-01-05T10:11:12.123", "2024-01-05 10:11", "2024-01-05 10", "2024-01-05T25:00:00", "2024-01-05T",
            "05-01-2024", "not a date", "2024-01-05x", "", "29/02/2024", "29/02/2023");
    private static final List<String> NUMBERS = List.of("1", "1.0", "1.5", "1e2", "0x10", "inf", "-Infinity", "NaN", "-0",
            "+3", "1,000", "3.", ".5", "99999999999", "1_000", "1d", "1f", "yes", "N", "TRUE", "abc", "", "-7", "121");
    private static final List<String> DATE_PAIRS = List.of("2000-02-29|2001-02-28", "2000-02-29|2001-03-01",
            "2000-03-01|2001-02-28", "2000-01-31|2000-02-29", "1990-06-15|2024-06-14", "1990-06-15|2024-06-15",
            "2024-06-15|1990-06-15", "2000-12-31|2001-12-30", "2000-03-31|2001-03-30", "1930-01-01|2024-12-31",
            "2020-04-01|2023-03-31", "2020-04-01|2023-04-01", "2020-04-01|2023-10-15");

    private static SparkSession spark;
    private static Connection duckdb;

    @BeforeAll
    static void start() throws SQLException {
        spark = LocalSpark.start("DialectEquivalenceTest");
        duckdb = DriverManager.getConnection("jdbc:duckdb:");
    }

    @AfterAll
    static void stop() throws SQLException {
        duckdb.close();
        spark.stop();
    }

    @Test
    void datesParseAlike() {
        assertSame(DATES, d -> d.date(d.quote("v")));
    }

    @Test
    void numbersAndFlagsParseAlike() {
        assertSame(NUMBERS, d -> d.number(d.quote("v")));
        assertSame(NUMBERS, d -> d.wholeNumber(d.quote("v")));
    }

    @Test
    void patternsMatchAlike() {
        List<String> values = List.of("E01000001", "e01000001", "W01000001", "E0100000", "E010000011", "E01 000001",
                "20-24", "85+", "1-2-3", "+", "a'b", "back\\slash");
        assertSame(values, d -> d.fullMatch("upper(" + d.quote("v") + ")", "[EW]01[0-9]{6}"));
        assertSame(values, d -> d.fullMatch(d.quote("v"), "[0-9]{1,3}(-[0-9]{1,3}|\\+)"));
        assertSame(values, d -> d.quote("v") + " = " + d.literal("a'b") + " OR " + d.quote("v") + " = " + d.literal("back\\slash"));
    }

    @Test
    void dateArithmeticAgrees() {
        Function<Dialect, String> from = d -> d.date("split_part(" + d.quote("v") + ", '|', 1)");
        Function<Dialect, String> to = d -> d.date("split_part(" + d.quote("v") + ", '|', 2)");
        assertSame(DATE_PAIRS, d -> d.completedYears(from.apply(d), to.apply(d)));
        assertSame(DATE_PAIRS, d -> d.yearMonth(to.apply(d)));
        for (Grain grain : Grain.values()) {
            assertSame(DATE_PAIRS, d -> d.periodStart(grain, to.apply(d)));
        }
        assertSame(List.of("0", "4", "5", "84", "85", "120", "-3"),
                d -> d.intDiv("CAST(" + d.quote("v") + " AS INTEGER)", "5") + " * 5");
        assertSame(List.of("1", "2", "3"), d -> d.element(List.of(d.literal("0-4"), d.literal("5-9"), d.literal("10+")),
                "CAST(" + d.quote("v") + " AS INTEGER)"));
    }

    /** Evaluates the expression over each value on both engines and compares the answers as text. */
    private static void assertSame(List<String> values, Function<Dialect, String> expression) {
        List<String> duck = onDuckDb(values, expression.apply(Dialect.DUCKDB));
        List<String> sparkAnswers = onSpark(values, expression.apply(Dialect.SPARK));
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (!duck.get(i).equals(sparkAnswers.get(i))) {
                differences.add("[" + values.get(i) + "] duckdb=" + duck.get(i) + " spark=" + sparkAnswers.get(i));
            }
        }
        assertThat(differences).as(expression.apply(Dialect.SPARK)).isEmpty();
    }

    private static List<String> onDuckDb(List<String> values, String expression) {
        String rows = java.util.stream.IntStream.range(0, values.size())
                .mapToObj(i -> "(" + i + ", " + Dialect.DUCKDB.literal(values.get(i)) + ")").collect(Collectors.joining(", "));
        String sql = "SELECT (" + expression + ") FROM (SELECT i, nullif(t, '') AS v FROM (VALUES " + rows + ") AS input(i, t)) ORDER BY i";
        List<String> out = new ArrayList<>();
        try (Statement st = duckdb.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(normalise(rs.getObject(1)));
            }
        } catch (SQLException e) {
            throw new AssertionError("DuckDB: " + e.getMessage() + "\n" + sql, e);
        }
        return out;
    }

    private static List<String> onSpark(List<String> values, String expression) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            rows.add(org.apache.spark.sql.RowFactory.create(i, values.get(i).isEmpty() ? null : values.get(i)));
        }
        var schema = DataTypes.createStructType(List.of(DataTypes.createStructField("i", DataTypes.IntegerType, false),
                DataTypes.createStructField("v", DataTypes.StringType, true)));
        spark.createDataFrame(rows, schema).createOrReplaceTempView("dialect_input");
        return spark.sql("SELECT (" + expression + ") FROM dialect_input ORDER BY i").collectAsList().stream()
                .map(r -> normalise(r.get(0))).toList();
    }

    /** Both engines' values as comparable text: numbers as doubles, dates as ISO dates. */
    private static String normalise(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number n) {
            return Double.toString(n.doubleValue());
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        return value.toString();
    }
}

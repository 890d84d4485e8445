package org.equitylens.engine.cube;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test on one column of a stored dataset, for numerator conditions and filters. Values are text;
 * engines compare them with the column's type (an outcome column {@code detained = 1} compares as a number).
 *
 * @param column a stored column name
 * @param operator the comparison
 * @param values one value, or several for {@link Operator#IN}
 */
public record Condition(String column, Operator operator, List<String> values) {

    public enum Operator {
        EQ("="), NE("<>"), GT(">"), GE(">="), LT("<"), LE("<="), IN("IN");

        private final String sql;

        Operator(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    private static final Pattern TEXT = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(>=|<=|!=|<>|=|>|<)\\s*(.*?)\\s*");

    public Condition {
        values = List.copyOf(values);
        if (values.isEmpty() || (operator != Operator.IN && values.size() != 1)) {
            throw new IllegalArgumentException("condition on " + column + " needs " + (operator == Operator.IN ? "values" : "one value"));
        }
    }

    public static Condition of(String column, Operator operator, String value) {
        return new Condition(column, operator, List.of(value));
    }

    /** Parses {@code detained=1}, {@code los>=7}, {@code site!=North}, {@code site=North|South} (several values: IN). */
    public static Condition parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("condition must look like column=value, column>=value or column=a|b, not '" + text + "'");
        }
        List<String> values = List.of(m.group(3).split("\\|"));
        Operator op = switch (m.group(2)) {
            case ">=" -> Operator.GE;
            case "<=" -> Operator.LE;
            case "!=", "<>" -> Operator.NE;
            case ">" -> Operator.GT;
            case "<" -> Operator.LT;
            default -> values.size() > 1 ? Operator.IN : Operator.EQ;
        };
        return new Condition(m.group(1), op, values);
    }
}

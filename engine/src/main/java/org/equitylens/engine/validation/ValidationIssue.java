package org.equitylens.engine.validation;

import java.util.List;

/**
 * One kind of problem, grouped: the same rule, column and value on {@code count} rows.
 *
 * @param file the file name
 * @param column the header as in the file
 * @param rule the rule broken
 * @param value the offending value, or null for identifying columns and duplicate keys
 * @param count how many rows
 * @param rows the first few row numbers (the header is row 1)
 */
public record ValidationIssue(String file, String column, Rule rule, String value, long count, List<Long> rows) {

    public ValidationIssue {
        rows = List.copyOf(rows);
    }

    /** One line for people: {@code extract.csv row 7 (and 3 more), column ethnicity, value "X": not an NHS …}. */
    public String describe() {
        StringBuilder s = new StringBuilder(file).append(" row ").append(rows.get(0));
        if (count > 1) {
            s.append(" (and ").append(count - 1).append(" more: ").append(rows).append(count > rows.size() ? " …" : "").append(')');
        }
        s.append(", column ").append(column);
        if (value != null) {
            s.append(", value \"").append(value).append('"');
        }
        return s.append(": ").append(rule.description()).append(" [").append(rule).append(']').toString();
    }
}

package org.equitylens.stats.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of a {@link TableMethod} call, with the semantics of the test-vector manifest: a
 * value is a {@link Column} (a column of the input), a {@link TableArg} (another table, e.g.
 * {@code observed_totals}), {@link #NA} (R's {@code NA}), a list (an R vector) or a literal
 * ({@link Double}, {@link String}, {@link Boolean}). The grouping columns travel with the arguments:
 * PHE methods aggregate within groups; healthequal measures run once per group
 * ({@link Grouping#perGroup}).
 */
public final class Params {

    /** A reference to a column of the input table. */
    public record Column(String name) {
        public Column {
            Objects.requireNonNull(name);
        }
    }

    /** A table passed as an argument. */
    public record TableArg(Table table) {
        public TableArg {
            Objects.requireNonNull(table);
        }
    }

    /** R's {@code NA} given as an argument (e.g. {@code confidence = NA}). */
    public enum Missing { NA }

    public static final Missing NA = Missing.NA;

    private final Map<String, Object> values;
    private final List<String> groupBy;

    private Params(Map<String, Object> values, List<String> groupBy) {
        this.values = Collections.unmodifiableMap(values);
        this.groupBy = List.copyOf(groupBy);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** No arguments, no grouping. */
    public static Params none() {
        return new Params(new LinkedHashMap<>(), List.of());
    }

    /** The grouping columns (empty when ungrouped). */
    public List<String> groupBy() {
        return groupBy;
    }

    /** These arguments with a different grouping. */
    public Params withGroupBy(List<String> columns) {
        return new Params(new LinkedHashMap<>(values), columns);
    }

    public Set<String> names() {
        return values.keySet();
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** True when the argument was given as {@code NA}. */
    public boolean isNa(String name) {
        return values.get(name) == NA;
    }

    /** The raw value, as described in the class comment. */
    public Optional<Object> raw(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The column named by an argument, if it was given as a column. */
    public Optional<String> column(String name) {
        Object v = values.get(name);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Column) {
            return Optional.of(((Column) v).name());
        }
        throw InputException.field(name, "must name a column of the input");
    }

    /** The column named by a required argument. */
    public String requireColumn(String name) {
        return column(name).orElseThrow(() -> InputException.field(name, "argument is required (a column name)"));
    }

    /** A numeric argument (a one-element vector counts), or the default when absent. */
    public double number(String name, double defaultValue) {
        Object v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        double[] all = toNumbers(name, v);
        if (all.length != 1) {
            throw InputException.field(name, "must be a single number");
        }
        return all[0];
    }

    /** A numeric vector argument (a single number is a vector of one), or empty when absent. */
    public Optional<double[]> numbers(String name) {
        Object v = values.get(name);
        return v == null ? Optional.empty() : Optional.of(toNumbers(name, v));
    }

    /** A logical argument, or the default when absent. */
    public boolean flag(String name, boolean defaultValue) {
        Object v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof List && ((List<?>) v).size() == 1) {
            v = ((List<?>) v).get(0);
        }
        if (v instanceof Boolean) {
            return (Boolean) v;
        }
        if (v instanceof String && ("TRUE".equalsIgnoreCase((String) v) || "FALSE".equalsIgnoreCase((String) v))) {
            return Boolean.parseBoolean((String) v);
        }
        throw InputException.field(name, "must be TRUE or FALSE");
    }

    /** A text argument, or the default when absent. */
    public String text(String name, String defaultValue) {
        Object v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof List && ((List<?>) v).size() == 1) {
            v = ((List<?>) v).get(0);
        }
        if (v instanceof String) {
            return (String) v;
        }
        throw InputException.field(name, "must be text");
    }

    /** A text vector argument (a single text is a vector of one), or empty when absent. */
    public List<String> texts(String name) {
        Object v = values.get(name);
        if (v == null) {
            return List.of();
        }
        List<?> items = v instanceof List ? (List<?>) v : List.of(v);
        List<String> out = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String)) {
                throw InputException.field(name, "must be text");
            }
            out.add((String) item);
        }
        return List.copyOf(out);
    }

    /** A table argument, if given. */
    public Optional<Table> table(String name) {
        Object v = values.get(name);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof TableArg) {
            return Optional.of(((TableArg) v).table());
        }
        throw InputException.field(name, "must be a table");
    }

    private static double[] toNumbers(String name, Object v) {
        List<?> items = v instanceof List ? (List<?>) v : List.of(v);
        double[] out = new double[items.size()];
        for (int i = 0; i < out.length; i++) {
            Object item = items.get(i);
            if (item instanceof Double) {
                out[i] = (Double) item;
            } else if (item instanceof String) {
                try {
                    out[i] = Double.parseDouble((String) item);
                } catch (NumberFormatException e) {
                    throw InputException.field(name, "must be numeric, got '" + item + "'");
                }
            } else {
                throw InputException.field(name, "must be numeric");
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "Params" + values + (groupBy.isEmpty() ? "" : " by " + groupBy);
    }

    /** Assembles arguments; numbers may be any {@link Number} and are stored as doubles. */
    public static final class Builder {
        private final Map<String, Object> values = new LinkedHashMap<>();
        private List<String> groupBy = List.of();

        public Builder column(String name, String column) {
            values.put(name, new Column(column));
            return this;
        }

        public Builder table(String name, Table table) {
            values.put(name, new TableArg(table));
            return this;
        }

        public Builder na(String name) {
            values.put(name, NA);
            return this;
        }

        /**
         * A literal (number, text, logical), a list of them, or one of the argument types above;
         * {@code null} means NA.
         */
        public Builder value(String name, Object value) {
            values.put(name, normalise(value));
            return this;
        }

        public Builder groupBy(List<String> columns) {
            this.groupBy = List.copyOf(columns);
            return this;
        }

        public Builder groupBy(String... columns) {
            return groupBy(List.of(columns));
        }

        public Params build() {
            return new Params(new LinkedHashMap<>(values), groupBy);
        }

        private static Object normalise(Object value) {
            if (value == null) {
                return NA;
            }
            if (value instanceof Number) {
                return ((Number) value).doubleValue();
            }
            if (value instanceof double[]) {
                List<Object> list = new ArrayList<>();
                for (double d : (double[]) value) {
                    list.add(d);
                }
                return Collections.unmodifiableList(list);
            }
            if (value instanceof List) {
                List<Object> list = new ArrayList<>();
                for (Object item : (List<?>) value) {
                    list.add(normalise(item));
                }
                return Collections.unmodifiableList(list);
            }
            if (value instanceof String || value instanceof Boolean || value instanceof Column
                    || value instanceof TableArg || value == NA) {
                return value;
            }
            throw new IllegalArgumentException("unsupported argument type: " + value.getClass().getName());
        }
    }
}

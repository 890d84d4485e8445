package org.equitylens.app.measure;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equitylens.codes.Dimension;
import org.equitylens.engine.cube.Denominator;
import org.equitylens.engine.cube.Grain;
import org.equitylens.engine.cube.Numerator;
import org.equitylens.spc.ImprovementDirection;

/**
 * What the measure form sends, as typed, so that it can be shown again with its errors. Dimensions
 * come as checkboxes named {@code dimension}; the reference group of each as {@code reference.<column>} and the
 * optional focus group of each as {@code focus.<column>}.
 */
public record MeasureForm(String datasetId, String name, String description, String type, String numerator, String denominator,
        String grain, String unit, String multiplier, String direction, String target, String chart, List<String> dimensions,
        Map<String, String> references, Map<String, String> focus, String rebaseDate, String rebaseReason) {

    public static MeasureForm blank(Long datasetId) {
        return new MeasureForm(datasetId == null ? "" : datasetId.toString(), "", "", "OUTCOME", "rows", "rows", "MONTH", "per 100,000",
                "100000", "DECREASE", "", "AUTO", List.of(), Map.of(), Map.of(), "", "");
    }

    public static MeasureForm from(Map<String, String> params, List<String> dimensions) {
        return new MeasureForm(p(params, "datasetId"), p(params, "name"), p(params, "description"), p(params, "type"),
                p(params, "numerator"), p(params, "denominator"), p(params, "grain"), p(params, "unit"), p(params, "multiplier"),
                p(params, "direction"), p(params, "target"), p(params, "chart"), dimensions == null ? List.of() : List.copyOf(dimensions),
                byDimension(params, "reference."), byDimension(params, "focus."), p(params, "rebaseDate"), p(params, "rebaseReason"));
    }

    /** The non-blank parameters named {@code <prefix><column>}, by column. */
    static Map<String, String> byDimension(Map<String, String> params, String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith(prefix) && v != null && !v.isBlank()) {
                out.put(k.substring(prefix.length()), v.strip());
            }
        });
        return out;
    }

    private static String p(Map<String, String> params, String key) {
        String v = params.get(key);
        return v == null ? "" : v.strip();
    }

    public boolean hasDimension(String column) {
        return dimensions.contains(column);
    }

    public String reference(String column) {
        return references.getOrDefault(column, "");
    }

    public String focus(String column) {
        return focus.getOrDefault(column, "");
    }

    /**
     * Field name to message; empty when the form is valid.
     *
     * @param groups the dataset's dimensions, each with the codes of the groups it offers
     */
    public Map<String, String> validate(Map<String, List<String>> groups) {
        List<String> availableDimensions = List.copyOf(groups.keySet());
        Map<String, String> errors = new LinkedHashMap<>();
        if (datasetId.isEmpty()) {
            errors.put("datasetId", "Select a dataset");
        }
        if (name.isEmpty()) {
            errors.put("name", "Enter a name");
        } else if (name.length() > 100) {
            errors.put("name", "Name must be 100 characters or fewer");
        }
        if (description.length() > 1000) {
            errors.put("description", "Description must be 1000 characters or fewer");
        }
        if (!List.of("OUTCOME", "PROCESS", "BALANCING").contains(type)) {
            errors.put("type", "Select the type of measure");
        }
        try {
            Numerator.parse(numerator);
        } catch (IllegalArgumentException e) {
            errors.put("numerator", "Enter the numerator as rows, persons or a condition such as detained=1");
        }
        try {
            Denominator.parse(denominator);
        } catch (IllegalArgumentException e) {
            errors.put("denominator", "Enter the denominator as rows, persons or population:ICB:QMF");
        }
        try {
            Grain.valueOf(grain);
        } catch (IllegalArgumentException e) {
            errors.put("grain", "Select a period grain");
        }
        if (unit.isEmpty() || unit.length() > 60) {
            errors.put("unit", "Enter a unit of 60 characters or fewer, for example per 100,000");
        }
        try {
            if (Double.parseDouble(multiplier) <= 0) {
                errors.put("multiplier", "Multiplier must be more than 0");
            }
        } catch (NumberFormatException e) {
            errors.put("multiplier", "Multiplier must be a number, for example 100000");
        }
        try {
            ImprovementDirection.valueOf(direction);
        } catch (IllegalArgumentException e) {
            errors.put("direction", "Select which way is better");
        }
        if (!target.isEmpty()) {
            try {
                Double.parseDouble(target);
            } catch (NumberFormatException e) {
                errors.put("target", "Target must be a number");
            }
        }
        if (!List.of("AUTO", "P", "U", "XMR").contains(chart)) {
            errors.put("chart", "Select a chart");
        }
        if (!availableDimensions.containsAll(dimensions)) {
            errors.put("dimension", "Select dimensions the dataset has");
        }
        dimensions.stream().filter(groups::containsKey)
                .forEach(d -> focusError(d, focus(d), reference(d), groups.get(d)).ifPresent(e -> errors.put(focusField(d), e)));
        if (!rebaseDate.isEmpty()) {
            try {
                LocalDate.parse(rebaseDate);
            } catch (DateTimeParseException e) {
                errors.put("rebaseDate", "Rebase date must be a date like 2024-04-01");
            }
            if (rebaseReason.isEmpty()) {
                errors.put("rebaseReason", "Enter the reason for the rebase");
            }
        }
        if (rebaseReason.length() > 500) {
            errors.put("rebaseReason", "Reason must be 500 characters or fewer");
        }
        return errors;
    }

    /** The id of the focus group's field for a dimension, which error messages link to. */
    static String focusField(String column) {
        return "focus-" + column;
    }

    /** Why a chosen focus group cannot be used, if it cannot: it must be one of the dimension's groups, not the reference. */
    static Optional<String> focusError(String column, String focus, String reference, List<String> groups) {
        if (focus.isEmpty()) {
            return Optional.empty();
        }
        String label = Dimension.standard(column).map(Dimension::label).orElse(column);
        if (!groups.contains(focus)) {
            return Optional.of("Select the focus group for " + label + " from the list");
        }
        if (focus.equals(reference)) {
            return Optional.of("The focus group for " + label + " must not be its reference group");
        }
        return Optional.empty();
    }

    /** The measure this valid form describes. */
    Measure toMeasure(long organisationId) {
        Measure.ChartType chartType = chart.equals("AUTO") ? Measure.ChartType.suggest(numerator, denominator) : Measure.ChartType.valueOf(chart);
        List<Measure.Rebase> rebases = new ArrayList<>();
        if (!rebaseDate.isEmpty()) {
            rebases.add(new Measure.Rebase(LocalDate.parse(rebaseDate), rebaseReason));
        }
        return new Measure(0, organisationId, Long.parseLong(datasetId), name, description, Measure.MeasureType.valueOf(type),
                numerator, denominator, Grain.valueOf(grain), unit,
                Double.parseDouble(multiplier), ImprovementDirection.valueOf(direction), target.isEmpty() ? null : Double.parseDouble(target),
                chartType, dimensions, ofDimensions(references), ofDimensions(focus), rebases);
    }

    /** The entries for the dimensions the measure is split by. */
    private Map<String, String> ofDimensions(Map<String, String> byColumn) {
        Map<String, String> out = new LinkedHashMap<>();
        byColumn.forEach((k, v) -> {
            if (dimensions.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }
}

package org.equitylens.engine.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.equitylens.codes.EthnicCategory;
import org.equitylens.engine.store.RefData;

/**
 * Detention rates per 100,000 by ethnic category and the deprivation gradient, read from the bundled
 * published statistics (mha_detentions_by_ethnicity.csv). For each category: the 2022/23
 * age-standardised rate where published; else the 2021/22 rate rescaled by the change in the White
 * rate between the two years; else the mean of the known rates in the same NHS group (the file holds
 * no rate for every category).
 */
final class MhaRates {

    final Map<EthnicCategory, Double> perCategory;
    /** Rate in the most deprived decile divided by the rate in the least deprived. */
    final double deprivationRatio;

    private MhaRates(Map<EthnicCategory, Double> perCategory, double deprivationRatio) {
        this.perCategory = perCategory;
        this.deprivationRatio = deprivationRatio;
    }

    static MhaRates load() {
        Map<String, Map<String, Double>> byYear = new HashMap<>();
        double mostDeprived = Double.NaN;
        double leastDeprived = Double.NaN;
        double white2223 = Double.NaN;
        double white2122 = Double.NaN;
        for (List<String> row : csv()) {
            String period = row.get(0);
            String group = row.get(2);
            String code = row.get(3);
            String measure = row.get(4);
            double value = Double.parseDouble(row.get(5));
            if (group.startsWith("IMD most deprived")) {
                mostDeprived = value;
            } else if (group.startsWith("IMD least deprived")) {
                leastDeprived = value;
            } else if (code.equals("A+B+C") && measure.startsWith("age_standardised")) {
                if (period.equals("2022/23")) {
                    white2223 = value;
                } else if (period.equals("2021/22")) {
                    white2122 = value;
                }
            } else if (code.length() == 1 && measure.startsWith("age_standardised")) {
                // The unrounded value wins over the rounded headline when both are present.
                byYear.computeIfAbsent(period, p -> new HashMap<>())
                        .merge(code, value, (a, b) -> measure.endsWith("rounded") ? a : b);
            }
        }
        Map<EthnicCategory, Double> rates = new EnumMap<>(EthnicCategory.class);
        Map<String, Double> latest = byYear.getOrDefault("2022/23", Map.of());
        Map<String, Double> earlier = byYear.getOrDefault("2021/22", Map.of());
        double rescale = white2223 / white2122;
        for (EthnicCategory c : EthnicCategory.values()) {
            if (!c.isStated()) {
                continue;
            }
            if (latest.containsKey(c.code())) {
                rates.put(c, latest.get(c.code()));
            } else if (earlier.containsKey(c.code())) {
                rates.put(c, earlier.get(c.code()) * rescale);
            } else if (c.nhsGroup().orElseThrow() == EthnicCategory.EthnicGroup.WHITE) {
                rates.put(c, white2223);
            }
        }
        for (EthnicCategory c : EthnicCategory.values()) {
            if (c.isStated() && !rates.containsKey(c)) {
                rates.put(c, rates.entrySet().stream()
                        .filter(e -> e.getKey().nhsGroup().equals(c.nhsGroup()))
                        .mapToDouble(Map.Entry::getValue).average().orElse(white2223));
            }
        }
        return new MhaRates(rates, mostDeprived / leastDeprived);
    }

    /** Relative rate for a decile, 1 for decile 10, {@link #deprivationRatio} for decile 1, log-linear between. */
    double deprivationMultiplier(int decile) {
        return Math.pow(deprivationRatio, (10 - decile) / 9.0);
    }

    private static List<List<String>> csv() {
        try (InputStream in = RefData.open("mha_detentions_by_ethnicity.csv")) {
            List<List<String>> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    rows.add(splitQuoted(lines[i]));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> splitQuoted(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }
}

package org.equitylens.engine.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The role of every column of an extract, in file order: explicit choices win, the rest are guessed
 * from the header. Saved with the dataset as text ({@link #toText()}).
 *
 * @param roles header (as in the file) to role, in file order
 */
public record ColumnMapping(Map<String, ColumnRole> roles) {

    private static final List<Map.Entry<Pattern, ColumnRole>> GUESSES = List.of(
            Map.entry(Pattern.compile("(pseudo.*|person|patient|client|subject)_?(id|key|ref|pseudonym)?|pseudonym|.*pseudo_?id"), ColumnRole.PERSON_ID),
            Map.entry(Pattern.compile("dob|date_of_birth|birth_?date|person_birth_date"), ColumnRole.DOB),
            Map.entry(Pattern.compile("(event|activity|admission|referral|detention|appointment|attendance|start|episode|contact|invite|screening)?_?(date|dt)(_of_event)?|date_of_.*"), ColumnRole.EVENT_DATE),
            Map.entry(Pattern.compile("ethnic.*|ethnos|ethnicity"), ColumnRole.ETHNIC_CATEGORY),
            Map.entry(Pattern.compile("lsoa_?11.*|lsoa_?2011.*"), ColumnRole.LSOA11),
            Map.entry(Pattern.compile("lsoa_?21.*|lsoa_?2021.*"), ColumnRole.LSOA21),
            Map.entry(Pattern.compile("lsoa.*|lower_super_output_area.*"), ColumnRole.LSOA),
            Map.entry(Pattern.compile("imd_?(2019|2025)?_?decile|imd|deprivation_decile"), ColumnRole.IMD_DECILE),
            Map.entry(Pattern.compile("age_?band|age_?group|age_?range"), ColumnRole.AGE_BAND),
            Map.entry(Pattern.compile("age(_years|_at_event|_at_activity)?"), ColumnRole.AGE),
            Map.entry(Pattern.compile("sex|gender|person_stated_gender_code|sex_code|gender_code"), ColumnRole.SEX),
            Map.entry(Pattern.compile("site|site_code|site_name|hospital|ward|team|provider|provider_code|org_code|organisation"), ColumnRole.SITE));

    public ColumnMapping {
        roles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(roles));
    }

    /**
     * Roles for {@code headers}: {@code explicit} (header to role, case-insensitive header match) first,
     * then guesses. A header that is neither explicit nor guessed becomes {@link ColumnRole#DIMENSION}
     * or, when {@code numeric} says all its values are numbers, {@link ColumnRole#OUTCOME}. The date
     * guess applies to the first date-like header only, so "dob" and "discharge_date" are not both event dates.
     */
    public static ColumnMapping resolve(List<String> headers, Map<String, ColumnRole> explicit,
            java.util.function.Predicate<String> numeric) {
        Map<String, ColumnRole> lowerExplicit = new LinkedHashMap<>();
        explicit.forEach((k, v) -> lowerExplicit.put(k.strip().toLowerCase(Locale.ROOT), v));
        for (String key : lowerExplicit.keySet()) {
            if (headers.stream().noneMatch(h -> h.strip().toLowerCase(Locale.ROOT).equals(key))) {
                throw new IllegalArgumentException("mapped column '" + key + "' is not in the file; its columns are " + headers);
            }
        }
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        List<ColumnRole> taken = new ArrayList<>(lowerExplicit.values());
        for (String header : headers) {
            ColumnRole role = lowerExplicit.get(header.strip().toLowerCase(Locale.ROOT));
            if (role == null) {
                role = guess(header).filter(r -> !(isSingular(r) && taken.contains(r)))
                        .orElse(numeric.test(header) ? ColumnRole.OUTCOME : ColumnRole.DIMENSION);
                taken.add(role);
            }
            roles.put(header, role);
        }
        return new ColumnMapping(roles);
    }

    /** Roles that at most one column may hold. */
    static boolean isSingular(ColumnRole role) {
        return role != ColumnRole.DIMENSION && role != ColumnRole.OUTCOME && role != ColumnRole.IGNORE;
    }

    static Optional<ColumnRole> guess(String header) {
        String name = header.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "")
                .replaceAll("_(code|cd)$", "");
        for (Map.Entry<Pattern, ColumnRole> guess : GUESSES) {
            if (guess.getKey().matcher(name).matches()) {
                return Optional.of(guess.getValue());
            }
        }
        return Optional.empty();
    }

    /** The header holding {@code role}, for singular roles. */
    public Optional<String> column(ColumnRole role) {
        return roles.entrySet().stream().filter(e -> e.getValue() == role).map(Map.Entry::getKey).findFirst();
    }

    public List<String> columns(ColumnRole role) {
        return roles.entrySet().stream().filter(e -> e.getValue() == role).map(Map.Entry::getKey).toList();
    }

    public Optional<String> lsoaColumn() {
        return roles.entrySet().stream().filter(e -> e.getValue().isLsoa()).map(Map.Entry::getKey).findFirst();
    }

    /** {@code header=role;header=role}, the form saved in the catalogue. */
    public String toText() {
        return roles.entrySet().stream().map(e -> e.getKey().replace(";", ",") + "=" + e.getValue().key())
                .collect(Collectors.joining(";"));
    }

    public static ColumnMapping fromText(String text) {
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            int eq = pair.lastIndexOf('=');
            roles.put(pair.substring(0, eq), ColumnRole.parse(pair.substring(eq + 1)));
        }
        return new ColumnMapping(roles);
    }

    /** Checks that singular roles are held by at most one column. */
    public void requireConsistent() {
        Map<ColumnRole, Long> counts = roles.values().stream()
                .collect(Collectors.groupingBy(r -> r, Collectors.counting()));
        counts.forEach((role, n) -> {
            if (isSingular(role) && n > 1) {
                throw new IllegalArgumentException("more than one column has role " + role.key() + ": "
                        + columns(role) + "; map one explicitly and the others to dimension or ignore");
            }
        });
        if (roles.values().stream().filter(ColumnRole::isLsoa).count() > 1) {
            throw new IllegalArgumentException("more than one LSOA column: " + lsoaColumns() + "; map the others to ignore");
        }
    }

    private List<String> lsoaColumns() {
        return roles.entrySet().stream().filter(e -> e.getValue().isLsoa()).map(Map.Entry::getKey).toList();
    }
}

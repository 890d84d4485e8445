package org.equitylens.codes;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * NHS Data Dictionary ETHNIC CATEGORY: the 2001 Census 16+1 categories, plus {@code Z} (asked and
 * declined to state) and {@code 99} (not known: the person was not asked). A blank value is a third,
 * different thing — missing — and has no constant here.
 *
 * <p>Source: NHS Data Model and Dictionary, data element ETHNIC CATEGORY (Open Government Licence
 * v3.0). The Census 2021 high-level group follows the ONS convention, under which Chinese is an Asian
 * group although the NHS 2001 scheme files it under "Other Ethnic Groups".
 */
public enum EthnicCategory {
    A("A", "White - British", EthnicGroup.WHITE, EthnicGroup.WHITE),
    B("B", "White - Irish", EthnicGroup.WHITE, EthnicGroup.WHITE),
    C("C", "White - Any other White background", EthnicGroup.WHITE, EthnicGroup.WHITE),
    D("D", "Mixed - White and Black Caribbean", EthnicGroup.MIXED, EthnicGroup.MIXED),
    E("E", "Mixed - White and Black African", EthnicGroup.MIXED, EthnicGroup.MIXED),
    F("F", "Mixed - White and Asian", EthnicGroup.MIXED, EthnicGroup.MIXED),
    G("G", "Mixed - Any other mixed background", EthnicGroup.MIXED, EthnicGroup.MIXED),
    H("H", "Asian or Asian British - Indian", EthnicGroup.ASIAN, EthnicGroup.ASIAN),
    J("J", "Asian or Asian British - Pakistani", EthnicGroup.ASIAN, EthnicGroup.ASIAN),
    K("K", "Asian or Asian British - Bangladeshi", EthnicGroup.ASIAN, EthnicGroup.ASIAN),
    L("L", "Asian or Asian British - Any other Asian background", EthnicGroup.ASIAN, EthnicGroup.ASIAN),
    M("M", "Black or Black British - Caribbean", EthnicGroup.BLACK, EthnicGroup.BLACK),
    N("N", "Black or Black British - African", EthnicGroup.BLACK, EthnicGroup.BLACK),
    P("P", "Black or Black British - Any other Black background", EthnicGroup.BLACK, EthnicGroup.BLACK),
    R("R", "Other Ethnic Groups - Chinese", EthnicGroup.OTHER, EthnicGroup.ASIAN),
    S("S", "Other Ethnic Groups - Any other ethnic group", EthnicGroup.OTHER, EthnicGroup.OTHER),
    Z("Z", "Not stated", null, null),
    NOT_KNOWN("99", "Not known", null, null);

    private static final Map<String, EthnicCategory> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EthnicCategory::code, Function.identity()));

    private final String code;
    private final String label;
    private final EthnicGroup nhsGroup;
    private final EthnicGroup censusGroup;

    EthnicCategory(String code, String label, EthnicGroup nhsGroup, EthnicGroup censusGroup) {
        this.code = code;
        this.label = label;
        this.nhsGroup = nhsGroup;
        this.censusGroup = censusGroup;
    }

    /** The Data Dictionary code: {@code A}–{@code S}, {@code Z} or {@code 99}. */
    public String code() {
        return code;
    }

    /** The Data Dictionary description, for display. */
    public String label() {
        return label;
    }

    /** True for the 16 categories that record an ethnicity (not {@code Z} or {@code 99}). */
    public boolean isStated() {
        return nhsGroup != null;
    }

    /** The NHS 2001 high-level group, empty for {@code Z} and {@code 99}. */
    public Optional<EthnicGroup> nhsGroup() {
        return Optional.ofNullable(nhsGroup);
    }

    /** The Census 2021 high-level group (Chinese counted as Asian), empty for {@code Z} and {@code 99}. */
    public Optional<EthnicGroup> censusGroup() {
        return Optional.ofNullable(censusGroup);
    }

    /**
     * WRES grouping: White (A, B, C) or BME (every other stated category); empty when not stated.
     * Source: NHS Workforce Race Equality Standard technical guidance.
     */
    public Optional<WresGroup> wresGroup() {
        if (!isStated()) {
            return Optional.empty();
        }
        return Optional.of(nhsGroup == EthnicGroup.WHITE ? WresGroup.WHITE : WresGroup.BME);
    }

    /**
     * The category for a code as it appears in an extract, ignoring surrounding spaces and case.
     * Empty for blank (missing) values and for codes that are not in the Data Dictionary.
     */
    public static Optional<EthnicCategory> fromCode(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_CODE.get(raw.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    /** The five high-level ethnic groups in the order NHS publications use. */
    public enum EthnicGroup {
        ASIAN("Asian or Asian British"),
        BLACK("Black or Black British"),
        MIXED("Mixed"),
        WHITE("White"),
        OTHER("Other ethnic groups");

        private final String label;

        EthnicGroup(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The two groups the Workforce Race Equality Standard compares. */
    public enum WresGroup {
        WHITE, BME
    }
}

package org.equitylens.spc.qic;

import java.util.Locale;

/**
 * The qicharts2 chart family (qicharts2 0.8.1, {@code qic(chart = ...)}).
 *
 * <p>Which chart when (see also {@code docs/spc-qic.md}):
 * <ul>
 *   <li>{@link #RUN}: any measure, median centre line, runs analysis only;</li>
 *   <li>{@link #I}, {@link #MR}: individual measurements (one value per subgroup);</li>
 *   <li>{@link #XBAR}, {@link #S}: several measurements per subgroup (mean and spread);</li>
 *   <li>{@link #T}: time between rare events; {@link #G}: opportunities between rare events;</li>
 *   <li>{@link #P}, {@link #PP}: proportions (numerator / denominator), P′ for large denominators;</li>
 *   <li>{@link #C}: counts with a constant area of opportunity;</li>
 *   <li>{@link #U}, {@link #UP}: rates (count / exposure), U′ for large exposures;</li>
 *   <li>{@link #IP}: I′ chart of proportions or rates with denominators.</li>
 * </ul>
 */
public enum QicChartType {
    RUN, I, MR, XBAR, S, T, P, PP, C, U, UP, G, IP;

    /** The name qicharts2 uses ({@code "run"}, {@code "i"}, {@code "pp"}, …). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Looks a chart up by its qicharts2 name.
     *
     * @param code the name, case-insensitive
     * @return the chart
     * @throws IllegalArgumentException for an unknown name
     */
    public static QicChartType fromCode(String code) {
        for (QicChartType type : values()) {
            if (type.code().equalsIgnoreCase(code.strip())) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown qicharts2 chart '" + code + "'");
    }

    /** Whether the chart plots numerators over denominators (or exposures). */
    public boolean usesDenominators() {
        return this == P || this == PP || this == U || this == UP || this == IP;
    }
}

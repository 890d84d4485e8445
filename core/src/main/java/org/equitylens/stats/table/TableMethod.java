package org.equitylens.stats.table;

/**
 * A statistical method that turns a tidy input table into a tidy output table, the way the peer
 * R function it reproduces does (same output columns, same row order). The conformance harness and
 * the command line both call methods through this interface, found by {@link #name()} in a
 * {@link MethodRegistry}.
 */
public interface TableMethod {

    /**
     * The qualified peer function name, {@code "<peer>::<function>"}, e.g.
     * {@code "PHEindicatormethods::phe_proportion"}, {@code "healthequal::d"},
     * {@code "epitools::riskratio"}. Qualified because peers share function names.
     */
    String name();

    /** One line for command-line listings. */
    String description();

    /**
     * Applies the method.
     *
     * @param input  the data, one row per observation or stratum
     * @param params the arguments, including the grouping ({@link Params#groupBy()})
     * @return the output table
     * @throws InputException when the input or the arguments are invalid
     */
    Table apply(Table input, Params params);
}

/**
 * Two-group comparisons — rate, risk and odds ratios and differences with Wald, small-sample, mid-p
 * and exact intervals and p-values — reproducing epitools 0.5-10.1
 * ({@link org.equitylens.stats.compare.Epitools}), fmsb 0.7.6 ({@link org.equitylens.stats.compare.Fmsb})
 * and base R's exact tests ({@link org.equitylens.stats.compare.ExactTests});
 * {@link org.equitylens.stats.compare.CompareMethods} offers them as table methods.
 */
package org.equitylens.stats.compare;

/**
 * WHO Health Equity Assessment Toolkit (HEAT) summary measures of health inequality, reproducing
 * WHO's R package healthequal 1.0.1: {@link org.equitylens.stats.heat.HeatMeasures} computes each
 * measure from {@link org.equitylens.stats.heat.Subgroups} into a
 * {@link org.equitylens.stats.heat.SummaryMeasure}; {@link org.equitylens.stats.heat.HealthequalMethods}
 * offers them as table methods.
 */
package org.equitylens.stats.heat;

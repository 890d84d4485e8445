/**
 * The qicharts2 chart family (run, I, MR, Xbar, S, T, P, P′, C, U, U′, G, I′) with Anhøj's runs
 * analysis, reproducing qicharts2 0.8.1 to the last bit where it matters.
 *
 * <p>Entry point {@link org.equitylens.spc.qic.QicChart#of}: rows are aggregated into subgroups
 * ({@link org.equitylens.spc.qic.Subgroup}), split into parts, each part gets its centre line and
 * limits ({@code ChartFormulas}) and its runs analysis ({@link org.equitylens.spc.qic.RunsAnalysis}),
 * then {@code multiply} and the sigma signals are applied and each part is summarised
 * ({@link org.equitylens.spc.qic.QicPartSummary}). {@link org.equitylens.spc.qic.QicBatchMode} writes
 * the results in the batch tables. Behaviour and options: {@code docs/spc-qic.md}.
 */
package org.equitylens.spc.qic;

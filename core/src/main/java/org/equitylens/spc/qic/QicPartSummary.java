package org.equitylens.spc.qic;

/**
 * Summary of one part of a qicharts2 chart ({@code summary.qic()}). The averaged lines are
 * means over the part's rows ignoring missing values, NaN when all are missing (run charts).
 *
 * @param part        1-based part number
 * @param runs        the part's runs analysis
 * @param meanLcl     mean lower control limit ({@code aLCL})
 * @param meanLcl95   mean lower 2-sigma line ({@code aLCL.95})
 * @param meanCl      mean centre line ({@code CL})
 * @param meanUcl95   mean upper 2-sigma line ({@code aUCL.95})
 * @param meanUcl     mean upper control limit ({@code aUCL})
 * @param sigmaSignals number of points outside the control limits
 */
public record QicPartSummary(int part, RunsAnalysis runs, double meanLcl, double meanLcl95, double meanCl,
                             double meanUcl95, double meanUcl, int sigmaSignals) {
}

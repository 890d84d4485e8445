package org.equitylens.spc.qic;

/**
 * One subgroup of a qicharts2 chart as plotted ({@code qic(..., return.data = TRUE)}).
 * NaN means missing (R's NA); {@code y}, {@code cl} and the limits already include
 * {@code multiply}; limits that are not finite are NaN.
 *
 * @param part        1-based part number
 * @param position    1-based subgroup position in the series ({@code xx})
 * @param subgroup    the aggregated input of the subgroup
 * @param baseline    within {@code freeze} (always true without freeze or with parts)
 * @param include     not excluded
 * @param y           plotted value
 * @param cl          centre line
 * @param lcl         lower control limit (3 sigma)
 * @param ucl         upper control limit (3 sigma)
 * @param lcl95       lower 2-sigma line
 * @param ucl95       upper 2-sigma line
 * @param sigmaSignal {@code y > ucl || y < lcl}, strictly
 * @param runs        runs analysis of the point's part
 */
public record QicPoint(int part, int position, Subgroup subgroup, boolean baseline, boolean include, double y,
                       double cl, double lcl, double ucl, double lcl95, double ucl95, boolean sigmaSignal,
                       RunsAnalysis runs) {
}

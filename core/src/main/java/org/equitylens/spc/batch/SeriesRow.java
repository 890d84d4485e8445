package org.equitylens.spc.batch;

import java.time.LocalDate;

/**
 * One row of {@code series.csv}. Missing numbers ({@code NA}) are {@code NaN}: neither peer tells NA
 * from NaN in its inputs ({@code is.na(NaN)} is TRUE in R).
 *
 * @param row 1-based row number within the series
 * @param x subgroup key as written (an integer in the vectors; several rows may share it)
 * @param date date of the row, or null when missing
 * @param y value, or numerator count; NaN when missing
 * @param n denominator or exposure; NaN when missing or not applicable
 */
public record SeriesRow(int row, String x, LocalDate date, double y, double n) {
}

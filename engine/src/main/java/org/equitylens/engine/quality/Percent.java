package org.equitylens.engine.quality;

final class Percent {

    private Percent() {
    }

    /** 100 × part / whole, rounded to 0.01; 0 when whole is 0. */
    static double of(long part, long whole) {
        return whole == 0 ? 0 : Math.round(10_000.0 * part / whole) / 100.0;
    }
}

package org.equitylens.app.dataset;

import java.time.Duration;
import java.time.Instant;

/**
 * What an import is doing now, for the page that refreshes itself while it runs. No row values.
 *
 * @param done rows read so far in this phase
 * @param total the rows the phase expects to read (estimated for a CSV from its size), or -1 when unknown
 * @param phaseStarted when this phase began, for its rate and the time left
 */
public record ImportProgress(String phase, long done, long total, Instant phaseStarted) {

    public static ImportProgress starting(String phase) {
        return new ImportProgress(phase, 0, -1, Instant.now());
    }

    public ImportProgress advanced(long done, long total) {
        return new ImportProgress(phase, done, total, phaseStarted);
    }

    public Integer percent() {
        return total > 0 ? (int) Math.min(100, 100 * done / total) : null;
    }

    /** Rows read a second since the phase began; null before any were read. */
    public Long rowsPerSecond(Instant now) {
        long millis = Duration.between(phaseStarted, now).toMillis();
        return done > 0 && millis > 0 ? done * 1000 / millis : null;
    }

    /** Whole seconds left at the phase's rate so far; null when the rate or the total is unknown. */
    public Long secondsLeft(Instant now) {
        Long rate = rowsPerSecond(now);
        return rate == null || rate == 0 || total <= 0 ? null : Math.max(0, (total - done + rate - 1) / rate);
    }
}

package org.equitylens.engine;

/**
 * Receives progress from long-running work so a command line can draw a bar or print log lines.
 * Never receives row values.
 */
public interface Progress {

    /** A new step of the work begins, e.g. "reading", "validating". */
    void phase(String name);

    /** {@code done} of {@code total} units (rows, or -1 when the total is unknown) are finished. */
    void advance(long done, long total);

    Progress NONE = new Progress() {
        @Override
        public void phase(String name) {
        }

        @Override
        public void advance(long done, long total) {
        }
    };
}

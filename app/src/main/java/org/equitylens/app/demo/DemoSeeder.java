package org.equitylens.app.demo;

/**
 * Adds one feature's demo data. Implement it as a Spring bean in your feature's package; seeders run once,
 * in {@link #order()} order (lowest first), right after the demo organisation and its users are created,
 * all in one transaction. The app shell's own users and organisation come before any of them.
 */
public interface DemoSeeder {

    /** Suggested: 100 datasets, 200 measures, 300 projects, 400 reports; leave gaps. */
    int order();

    void seed(DemoContext context);
}

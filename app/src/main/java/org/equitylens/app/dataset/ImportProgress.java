package org.equitylens.app.dataset;

/** What an import is doing now, for the page that refreshes itself while it runs. No row values. */
public record ImportProgress(String phase, long done, long total) {

    public Integer percent() {
        return total > 0 ? (int) Math.min(100, 100 * done / total) : null;
    }
}

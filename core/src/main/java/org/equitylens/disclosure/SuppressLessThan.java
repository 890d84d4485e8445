package org.equitylens.disclosure;

/**
 * Primary suppression of small counts: counts from 1 to n−1 are shown as "*" at every level (e.g.
 * {@code SUPPRESS-LT-5}, OpenSAFELY-style redaction, or the pre-2018 HES rule with n = 6); zeros
 * and counts of n or more are shown exactly, so complementary suppression protects hidden cells
 * wherever an exact total is shown. Simple statistics over fewer than n individuals are hidden.
 *
 * @param threshold n, the smallest count shown (at least 2)
 */
public record SuppressLessThan(int threshold) implements DisclosurePolicy {

    public SuppressLessThan {
        if (threshold < 2) {
            throw new IllegalArgumentException("the threshold must be at least 2, got " + threshold);
        }
    }

    @Override
    public String name() {
        return "SUPPRESS-LT-" + threshold;
    }

    @Override
    public String description() {
        return name() + ": counts 1-" + (threshold - 1) + " shown as *, with complementary suppression"
                + " where a total would reveal them; other counts exact";
    }

    @Override
    public double show(double count, boolean national) {
        return count >= 1 && count < threshold ? Double.NaN : count;
    }

    @Override
    public boolean exact(double count, boolean national) {
        return true;
    }

    @Override
    public boolean hideSimple(double individuals, boolean national) {
        return individuals >= 1 && individuals < threshold;
    }
}

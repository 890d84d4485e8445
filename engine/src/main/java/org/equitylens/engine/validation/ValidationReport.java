package org.equitylens.engine.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every problem found in an extract, grouped, up to the error limit.
 *
 * @param file the file name
 * @param rows data rows checked
 * @param issues grouped problems in row order, at most the error limit
 * @param failingRows the total number of failed checks, including those beyond the limit
 * @param truncated true when more groups exist than were listed
 */
public record ValidationReport(String file, long rows, List<ValidationIssue> issues, long failingRows, boolean truncated) {

    public ValidationReport {
        issues = List.copyOf(issues);
    }

    public boolean passed() {
        return issues.isEmpty();
    }

    public String describe() {
        if (passed()) {
            return file + ": " + rows + " rows, no problems";
        }
        return file + ": " + failingRows + " failed checks in " + rows + " rows; nothing was imported\n"
                + issues.stream().map(i -> "  " + i.describe()).collect(Collectors.joining("\n"))
                + (truncated ? "\n  … stopped listing at the error limit" : "");
    }
}

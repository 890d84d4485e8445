package org.equitylens.disclosure;

import java.util.Objects;
import org.equitylens.stats.table.Table;

/**
 * A table after disclosure control: hidden cells hold the text "*", and the table says which policy
 * produced it (also in its last column, {@value #POLICY_COLUMN}, so it survives export to CSV).
 *
 * @param table      the protected table
 * @param policy     the policy's name
 * @param footnote   the sentence to print under the output
 * @param primary    cells hidden because they were small
 * @param complementary cells hidden so that a total could not reveal a small one
 */
public record ProtectedTable(Table table, String policy, String footnote, int primary, int complementary) {

    public static final String POLICY_COLUMN = "disclosure_policy";
    public static final String HIDDEN = "*";

    public ProtectedTable {
        Objects.requireNonNull(table);
        Objects.requireNonNull(policy);
        Objects.requireNonNull(footnote);
    }
}

package org.equitylens.engine.validation;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.equitylens.engine.EngineException;
import org.equitylens.engine.importer.ColumnRole;
import org.equitylens.engine.importer.RawTable;
import org.equitylens.engine.privacy.NhsNumber;
import org.equitylens.engine.sql.SqlRunner;
import org.equitylens.engine.store.Sql;

/**
 * Refuses extracts that are not pseudonymised: a column where most sampled values are valid NHS
 * numbers, and postcode- or name-like columns unless they were explicitly declared as dimensions
 * (or to be ignored). Sampled values stay in memory for the check and are never reported.
 */
public final class PrivacyGuard {

    static final int SAMPLE = 10_000;
    private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");
    private static final Pattern NAME_HEADER = Pattern.compile(
            "(patient_|person_|client_|service_user_)?(name|forename|forenames|surname|first_name|firstname|last_name|lastname"
            + "|given_name|given_names|family_name|full_name|middle_name)");
    private static final Pattern POSTCODE_HEADER = Pattern.compile("(.*_)?(postcode|post_code|postal_code|pcode)(_.*)?");

    private final SqlRunner runner;

    public PrivacyGuard(Connection connection) {
        this(SqlRunner.jdbc(connection));
    }

    /** On another engine, through a runner for its queries (the SQL here is the same in every dialect). */
    public PrivacyGuard(SqlRunner runner) {
        this.runner = runner;
    }

    /** Throws a refusal naming the column (never its values) when the extract is not safe to store. */
    public void check(String file, RawTable raw, Map<String, ColumnRole> explicit) throws SQLException {
        int n = raw.headers().size();
        int[] sampledCounts = new int[n];
        int[] nhsCounts = new int[n];
        int[] postcodeCounts = new int[n];
        // One look at the first rows serves every column.
        for (Object[] row : runner.query("SELECT * FROM " + raw.relation() + " LIMIT " + SAMPLE)) {
            for (int i = 0; i < n; i++) {
                String value = (String) row[i];
                if (value == null) {
                    continue;
                }
                sampledCounts[i]++;
                if (NhsNumber.isValid(value)) {
                    nhsCounts[i]++;
                }
                if (POSTCODE.matcher(value.toUpperCase(Locale.ROOT)).matches()) {
                    postcodeCounts[i]++;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            String header = raw.headers().get(i);
            int sampled = sampledCounts[i];
            int nhs = nhsCounts[i];
            int postcodes = postcodeCounts[i];
            if (sampled > 0 && nhs * 2 > sampled) {
                throw EngineException.refused(file + ": column " + header + " holds NHS numbers (" + nhs + " of " + sampled
                        + " sampled values pass the Modulus 11 check). Pseudonymise first: replace NHS numbers with a "
                        + "pseudonym before import. Nothing was imported.");
            }
            boolean declared = isDeclaredSafe(header, explicit);
            String name = Sql.safeName(header);
            if (!declared && (POSTCODE_HEADER.matcher(name).matches() || (sampled > 0 && postcodes * 2 > sampled))) {
                throw EngineException.refused(file + ": column " + header + " looks like postcodes. Remove it, or declare it "
                        + "with --map '" + header + "=dimension' (or =ignore) if it is coarse enough to keep. Nothing was imported.");
            }
            if (!declared && NAME_HEADER.matcher(name).matches()) {
                throw EngineException.refused(file + ": column " + header + " looks like people's names. Remove it, or declare "
                        + "it with --map '" + header + "=dimension' (or =ignore) if it is not personal. Nothing was imported.");
            }
        }
    }

    private static boolean isDeclaredSafe(String header, Map<String, ColumnRole> explicit) {
        return explicit.entrySet().stream()
                .anyMatch(e -> e.getKey().equalsIgnoreCase(header.strip())
                        && (e.getValue() == ColumnRole.DIMENSION || e.getValue() == ColumnRole.IGNORE));
    }
}

package org.equitylens.engine.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.equitylens.codes.Deprivation.ImdVersion;
import org.equitylens.engine.EngineException;
import org.equitylens.engine.Progress;
import org.equitylens.engine.StatementProgress;
import org.equitylens.engine.enrich.Enricher;
import org.equitylens.engine.quality.QualityAnalyzer;
import org.equitylens.engine.quality.QualityReport;
import org.equitylens.engine.quality.QualityStore;
import org.equitylens.engine.sql.Dialect;
import org.equitylens.engine.store.DatasetCatalogue;
import org.equitylens.engine.store.DatasetInfo;
import org.equitylens.engine.store.EngineStore;
import org.equitylens.engine.store.Sql;
import org.equitylens.engine.validation.PrivacyGuard;
import org.equitylens.engine.validation.ValidationReport;
import org.equitylens.engine.validation.Validator;

/**
 * Imports an extract into the store, all or nothing: the file is read into a staging table,
 * checked for identifiers, validated in full, profiled, enriched and stored, and the catalogue
 * entry written — all in one DuckDB transaction, so a refusal, an error or a killed process leaves
 * the store exactly as it was.
 */
public final class Importer {

    private final EngineStore store;
    private final Progress progress;

    public Importer(EngineStore store, Progress progress) {
        this.store = store;
        this.progress = progress;
    }

    public ImportResult importFile(Path file, ImportOptions options) {
        Instant started = Instant.now();
        requireReadable(file);
        String name = options.datasetName();
        if (!Sql.safeName(name).equals(name)) {
            throw new IllegalArgumentException("dataset name must be lower case letters, digits and underscores, e.g. "
                    + Sql.safeName(name));
        }
        DatasetCatalogue catalogue = new DatasetCatalogue(store.connection());
        if (!options.replace() && catalogue.find(name).isPresent()) {
            throw EngineException.refused("A dataset named '" + name + "' exists; import with --replace to replace it.");
        }
        // The checksum reads the file once more; overlap it with DuckDB's parse.
        CompletableFuture<String> checksum = CompletableFuture.supplyAsync(() -> sha256(file));
        Connection connection = store.connection();
        try {
            connection.setAutoCommit(false);
            try {
                Staged staged = stage(file, options);
                // One pass over the file builds the stored table with a validity flag per column; the flags are
                // then counted (cheap), and dropped if every row passed. Only on failure is the file read again,
                // as text into a table, to name rows and values.
                progress.phase("validating, enriching and storing");
                QualityAnalyzer analyzer = new QualityAnalyzer(connection);
                String table = "data." + Sql.id(name + "_" + started.toEpochMilli());
                String stored = DatasetCatalogue.storedTable(table);
                Enricher.Plan plan;
                RawTable raw = staged.raw;
                try {
                    plan = store(raw, staged, options, stored);
                } catch (SQLException e) {
                    if (raw == staged.text) {
                        throw e;
                    }
                    // A value beyond the rows DuckDB's reader typed the columns from is not of that type (a date in
                    // another format, say): nothing was written yet, so read the file as text instead.
                    connection.rollback();
                    raw = staged.text;
                    plan = store(raw, staged, options, stored);
                }
                QualityAnalyzer.Summary summary = analyzer.summariseFlags(stored, staged.mapping,
                        staged.mapping.column(ColumnRole.EVENT_DATE).isPresent(), options.today(), options.earliestDate(),
                        options.uniqueKey());
                if (!summary.passes()) {
                    RawTable rows = staged.text.materialize(connection, Sql.id("raw_" + UUID.randomUUID().toString().replace("-", "")));
                    ValidationReport report = new Validator(connection).validate(fileName(file), rows, summary.rows(), staged.mapping,
                            staged.lsoaVintage, options.uniqueKey(), options.today(), options.earliestDate(), options.maxErrors());
                    if (!report.passed()) {
                        throw new ValidationFailedException(report);
                    }
                }
                List<String> columns = new ArrayList<>();
                try (Statement st = connection.createStatement()) {
                    for (String flag : QualityAnalyzer.flagNames(staged.mapping, options.uniqueKey())) {
                        st.execute("ALTER TABLE " + stored + " DROP COLUMN " + flag);
                    }
                    if (staged.text.materialized()) {
                        st.execute("DROP TABLE " + staged.text.table());
                    }
                    st.execute("CREATE VIEW " + table + " AS " + plan.datasetSelect(stored));
                    try (ResultSet rs = st.executeQuery("DESCRIBE " + table)) {
                        while (rs.next()) {
                            columns.add(rs.getString("column_name"));
                        }
                    }
                }
                progress.advance(summary.rows(), summary.rows());
                progress.phase("profiling");
                QualityReport quality = analyzer.analyseStored(name, summary, table, columns);
                String sum = join(checksum);
                Optional<DatasetInfo> same = catalogue.findByChecksum(sum);
                if (same.isPresent() && !options.replace()) {
                    throw EngineException.refused(fileName(file) + " was already imported as dataset '" + same.get().name()
                            + "' at " + same.get().importedAt() + " (same checksum); import with --replace to import it again.");
                }
                Optional<DatasetInfo> previous = catalogue.find(name);
                // Every stored date passed validation, so the valid range is the whole range.
                DatasetInfo info = new DatasetInfo(name, table, fileName(file), staged.format.name(), sum, summary.rows(),
                        summary.from(), summary.to(), Instant.now().truncatedTo(ChronoUnit.MICROS), staged.mapping,
                        staged.mapping.lsoaColumn().map(h -> ImdVersion.forLsoaVintage(staged.lsoaVintage).name()), columns);
                if (previous.isPresent()) {
                    DatasetCatalogue.dropStorage(connection, previous.get().table());
                }
                catalogue.put(info);
                QualityStore.save(connection, quality);
                connection.commit();
                return new ImportResult(info, quality, Duration.between(started, Instant.now()));
            } catch (RuntimeException | SQLException | IOException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw EngineException.failed("Import of " + fileName(file) + " failed; nothing was stored: " + e.getMessage(), e);
        } catch (IOException e) {
            throw EngineException.failed("Cannot read " + fileName(file) + "; nothing was stored: " + e.getMessage(), e);
        }
    }

    /** The quality report of a file without storing anything; works on extracts validation would refuse. */
    public QualityReport checkFile(Path file, ImportOptions options) {
        requireReadable(file);
        Connection connection = store.connection();
        try {
            connection.setAutoCommit(false);
            try {
                Staged staged = stage(file, options);
                progress.phase("profiling");
                // Several passes follow; read the file once.
                RawTable raw = staged.text.materialize(connection, Sql.id("raw_" + UUID.randomUUID().toString().replace("-", "")));
                return new QualityAnalyzer(connection).analyse(fileName(file), raw, staged.mapping, staged.lsoaVintage,
                        options.today(), options.earliestDate());
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException | IOException e) {
            throw EngineException.failed("Cannot check " + fileName(file) + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param text the extract as text
     * @param raw the extract as it is stored from: with date and number columns typed by the reader where it can
     * @param expectedRows its data rows, or an estimate of them, for progress reports
     */
    private record Staged(RawTable text, RawTable raw, ColumnMapping mapping, int lsoaVintage, SourceFormat format, long expectedRows) {
    }

    /** Writes the stored columns of the dataset, with the validity flags, to {@code stored}. */
    private Enricher.Plan store(RawTable raw, Staged staged, ImportOptions options, String stored) throws SQLException {
        Enricher.Plan plan = Enricher.plan(Dialect.DUCKDB, raw, staged.mapping, staged.lsoaVintage);
        List<String> flags = QualityAnalyzer.flagColumns(raw, staged.mapping, options.today(), options.earliestDate(),
                options.uniqueKey());
        try (Statement st = store.connection().createStatement(); StatementProgress watch = StatementProgress.watch(st, progress, staged.expectedRows)) {
            st.execute("CREATE TABLE " + stored + " AS " + plan.storedSelect(flags));
        }
        return plan;
    }

    private Staged stage(Path file, ImportOptions options) throws SQLException, IOException {
        SourceFormat format = options.format().orElseGet(() -> SourceFormat.of(file));
        progress.phase("reading");
        String rawTable = "staging." + Sql.id("raw_" + UUID.randomUUID().toString().replace("-", ""));
        RawLoader.Extract extract = new RawLoader(store.connection(), store.tmpDir()).load(file, format, options, rawTable);
        RawTable raw = extract.text();
        // The guesses below look at the first rows only, so a large file is not read for them; read those rows once.
        // The sample is a temporary table of this transaction: dropped below, or rolled back with it on a refusal.
        RawTable sample = raw.head(store.connection(), Sql.id("sample_" + UUID.randomUUID().toString().replace("-", "")), SAMPLE);
        ColumnMapping mapping;
        try {
            mapping = ColumnMapping.resolve(raw.headers(), options.roles(), header -> isNumeric(sample, header));
            mapping.requireConsistent();
            Validator.requireKeyColumns(raw.headers(), options.uniqueKey());
        } catch (IllegalArgumentException e) {
            throw EngineException.refused(fileName(file) + ": " + e.getMessage());
        }
        progress.phase("checking identifiers");
        new PrivacyGuard(store.connection()).check(fileName(file), sample, options.roles());
        int lsoaVintage = lsoaVintage(sample, mapping);
        try (Statement st = store.connection().createStatement()) {
            st.execute("DROP TABLE " + sample.table());
        }
        return new Staged(raw, extract.forRoles(mapping), mapping, lsoaVintage, format, extract.expectedRows());
    }

    /** Guesses read the first rows only, so a large file is not read for them. */
    static final int SAMPLE = 10_000;

    /** True when every value of the column in the sample is a number: an unrecognised numeric column is an outcome. */
    private boolean isNumeric(RawTable sample, String header) {
        String c = Sql.id(sample.column(header));
        try (Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT count(" + c + ") > 0 AND count(" + c + ") = count(TRY_CAST(" + c
                     + " AS DOUBLE)) FROM " + sample.table())) {
            rs.next();
            return rs.getBoolean(1);
        } catch (SQLException e) {
            throw EngineException.failed("Cannot inspect column " + header + ": " + e.getMessage(), e);
        }
    }

    /**
     * 2011 or 2021: declared by the role, else whichever boundary set holds more of the codes in the
     * sample of first rows (2021 on a tie).
     */
    private int lsoaVintage(RawTable sample, ColumnMapping mapping) throws SQLException {
        Optional<String> header = mapping.lsoaColumn();
        if (header.isEmpty()) {
            return 2021;
        }
        ColumnRole role = mapping.roles().get(header.get());
        if (role == ColumnRole.LSOA11) {
            return 2011;
        }
        if (role == ColumnRole.LSOA21) {
            return 2021;
        }
        String c = "upper(" + Sql.id(sample.column(header.get())) + ")";
        try (Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FILTER (WHERE i.lsoa_vintage = 2011), count(*) FILTER (WHERE i.lsoa_vintage = 2021) "
                     + "FROM (SELECT DISTINCT " + c + " AS code FROM " + sample.table() + ") d JOIN ref.imd_lsoa i ON i.lsoa_code = d.code")) {
            rs.next();
            return rs.getLong(1) > rs.getLong(2) ? 2011 : 2021;
        }
    }

    private static void requireReadable(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw EngineException.notFound("Cannot read " + file + ": no such file");
        }
    }

    static String fileName(Path file) {
        return file.getFileName().toString();
    }

    /** SHA-256 of the file's bytes, hex. */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 20];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw EngineException.failed("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static String join(CompletableFuture<String> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw EngineException.failed("Interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : EngineException.failed(e.getMessage(), e);
        }
    }

    /** Explicit roles, for callers that build them from "header=role" text. */
    public static Map<String, ColumnRole> roles(List<String> pairs) {
        Map<String, ColumnRole> roles = new java.util.LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.lastIndexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("column mapping must be header=role, not '" + pair + "'");
            }
            roles.put(pair.substring(0, eq).strip(), ColumnRole.parse(pair.substring(eq + 1)));
        }
        return roles;
    }
}

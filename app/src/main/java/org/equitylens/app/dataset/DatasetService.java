package org.equitylens.app.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.equitylens.app.audit.AuditService;
import org.equitylens.app.security.CurrentUser;
import org.equitylens.app.user.Role;
import org.equitylens.app.web.NotFoundException;
import org.equitylens.engine.EngineException;
import org.equitylens.engine.Progress;
import org.equitylens.engine.importer.ColumnMapping;
import org.equitylens.engine.importer.ColumnRole;
import org.equitylens.engine.importer.ImportOptions;
import org.equitylens.engine.importer.ImportResult;
import org.equitylens.engine.importer.Importer;
import org.equitylens.engine.importer.SourceFormat;
import org.equitylens.engine.quality.QualityReport;
import org.equitylens.engine.cube.AggregationDefinition;
import org.equitylens.engine.cube.Aggregator;
import org.equitylens.engine.cube.Cube;
import org.equitylens.engine.cube.Denominator;
import org.equitylens.engine.cube.Grain;
import org.equitylens.engine.cube.Numerator;
import org.equitylens.engine.store.DatasetCatalogue;
import org.equitylens.engine.store.DatasetInfo;
import org.equitylens.engine.store.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Datasets of an organisation: upload (streamed to the data directory), column mapping, import in the
 * background, quality, delete. Only ADMIN and ANALYST change datasets. Imports run one at a time on
 * their own thread; listeners (the measure cache) hear when a dataset's data changes.
 */
@Service
public class DatasetService implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetService.class);
    static final Set<String> EXTENSIONS = Set.of("csv", "txt", "tsv", "parquet", "pq", "xlsx");

    private final DatasetRepository datasets;
    private final AnalyticsStore store;
    private final AuditService audit;
    private final ExecutorService imports = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dataset-import");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, ImportProgress> progress = new ConcurrentHashMap<>();
    private final List<LongConsumer> changeListeners = new CopyOnWriteArrayList<>();

    public DatasetService(DatasetRepository datasets, AnalyticsStore store, AuditService audit) {
        this.datasets = datasets;
        this.store = store;
        this.audit = audit;
    }

    /** Called with a dataset id whenever its stored data is replaced or removed. */
    public void onDataChanged(LongConsumer listener) {
        changeListeners.add(listener);
    }

    public List<Dataset> list(CurrentUser user) {
        return datasets.findByOrganisation(user.organisationId());
    }

    public List<Dataset> ready(CurrentUser user) {
        return datasets.findReadyByOrganisation(user.organisationId());
    }

    /** The dataset if it belongs to the user's organisation; 404 otherwise. */
    public Dataset require(CurrentUser user, long id) {
        Dataset dataset = datasets.findById(id).orElseThrow(NotFoundException::new);
        user.requireSameOrganisation(dataset.organisationId());
        return dataset;
    }

    /**
     * Streams the uploaded file into the data directory (never into memory) and records the dataset,
     * waiting for its mapping (extract) or import (cube).
     */
    public Dataset upload(CurrentUser user, String name, DatasetKind kind, String originalName, InputStream content) throws IOException {
        user.requireRole(Role.ADMIN, Role.ANALYST);
        String extension = extension(originalName);
        if (!EXTENSIONS.contains(extension)) {
            throw new IllegalArgumentException("The file must be a CSV, Parquet or XLSX file");
        }
        String engineName = "ds_" + HexFormat.of().formatHex(randomBytes());
        Path file = uploadPath(engineName, extension);
        Files.createDirectories(file.getParent());
        Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
        long id = datasets.insert(user.organisationId(), name, engineName, kind, fileName(originalName), user.userId());
        audit.record(user, DatasetAuditActions.DATASET_UPLOADED, "dataset", id);
        Dataset dataset = datasets.findById(id).orElseThrow();
        if (kind == DatasetKind.CUBE) {
            startImport(user, dataset, Map.of());
        }
        return dataset;
    }

    /**
     * Records and imports a file at once, on the caller's thread (for the demo, whose measures need the
     * data before start-up ends). The file is left where it is.
     */
    public Dataset importNow(long organisationId, long userId, String name, Path file) {
        String engineName = "ds_" + HexFormat.of().formatHex(randomBytes());
        long id = datasets.insert(organisationId, name, engineName, DatasetKind.EXTRACT, file.getFileName().toString(), userId);
        datasets.markImporting(id);
        ImportResult result = store.with(s -> new Importer(s, Progress.NONE).importFile(file, ImportOptions.named(engineName)));
        datasets.markReady(id, result.dataset().rows(), result.dataset().periodStart().orElse(null),
                result.dataset().periodEnd().orElse(null), headline(result.quality()));
        return datasets.findById(id).orElseThrow();
    }

    /** The file's columns with guessed roles, for the mapping form. */
    public Map<String, ColumnRole> guessRoles(Dataset dataset) {
        Path file = uploadedFile(dataset).orElseThrow(NotFoundException::new);
        List<String> headers = headers(file);
        return ColumnMapping.resolve(headers, Map.of(), h -> false).roles();
    }

    /** Starts the import in the background; the roles confirmed on the form are passed to the engine. */
    public void startImport(CurrentUser user, Dataset dataset, Map<String, ColumnRole> roles) {
        user.requireRole(Role.ADMIN, Role.ANALYST);
        if (dataset.status() != DatasetStatus.UPLOADED) {
            throw new IllegalStateException("dataset is not waiting for an import");
        }
        Path file = uploadedFile(dataset).orElseThrow(NotFoundException::new);
        datasets.markImporting(dataset.id());
        progress.put(dataset.id(), ImportProgress.starting("waiting"));
        audit.record(user, DatasetAuditActions.DATASET_IMPORT_STARTED, "dataset", dataset.id());
        imports.submit(() -> runImport(dataset, file, roles));
    }

    /** Keeps the progress the engine reports for dataset {@code id}, for its page. */
    Progress progressListener(long id) {
        return new Progress() {
            @Override
            public void phase(String name) {
                progress.put(id, ImportProgress.starting(name));
            }

            @Override
            public void advance(long done, long total) {
                progress.computeIfPresent(id, (k, p) -> p.advanced(done, total));
            }
        };
    }

    private void runImport(Dataset dataset, Path file, Map<String, ColumnRole> roles) {
        long id = dataset.id();
        Progress listener = progressListener(id);
        try {
            if (dataset.kind() == DatasetKind.CUBE) {
                listener.phase("reading");
                CubeTables.Summary summary = store.with(s -> CubeTables.load(s, file, dataset.engineName()));
                datasets.markReady(id, summary.rows(), summary.from(), summary.to(),
                        "Cube of aggregates by " + (summary.dimensions().isEmpty() ? "period only" : String.join(", ", summary.dimensions())));
            } else {
                ImportOptions options = ImportOptions.named(dataset.engineName()).withRoles(roles);
                ImportResult result = store.with(s -> new Importer(s, listener).importFile(file, options));
                datasets.markReady(id, result.dataset().rows(), result.dataset().periodStart().orElse(null),
                        result.dataset().periodEnd().orElse(null), headline(result.quality()));
            }
            changeListeners.forEach(l -> l.accept(id));
        } catch (org.equitylens.engine.importer.ValidationFailedException e) {
            // ValidationIssue never carries values of identifying columns (person_id, date of birth).
            datasets.markFailed(id, e.report().describe());
        } catch (EngineException | IllegalArgumentException e) {
            datasets.markFailed(id, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Import of dataset {} failed", id, e);
            datasets.markFailed(id, "The import failed unexpectedly; nothing was stored.");
        } finally {
            progress.remove(id);
            deleteQuietly(file);
        }
    }

    public Optional<ImportProgress> progress(long datasetId) {
        return Optional.ofNullable(progress.get(datasetId));
    }

    public Optional<QualityReport> quality(CurrentUser user, Dataset dataset) {
        audit.record(user, DatasetAuditActions.DATASET_QUALITY_VIEWED, "dataset", dataset.id());
        return dataset.kind() == DatasetKind.EXTRACT && dataset.ready() ? store.quality(dataset.engineName()) : Optional.empty();
    }

    public void delete(CurrentUser user, Dataset dataset) {
        user.requireRole(Role.ADMIN, Role.ANALYST);
        if (dataset.status() == DatasetStatus.IMPORTING) {
            throw new IllegalStateException("wait for the import to finish");
        }
        store.with(s -> {
            if (dataset.kind() == DatasetKind.CUBE) {
                CubeTables.drop(s, dataset.engineName());
            }
            return null;
        });
        if (dataset.kind() == DatasetKind.EXTRACT) {
            store.drop(dataset.engineName());
        }
        uploadedFile(dataset).ifPresent(DatasetService::deleteQuietly);
        datasets.delete(dataset.id());
        changeListeners.forEach(l -> l.accept(dataset.id()));
        audit.record(user, DatasetAuditActions.DATASET_DELETED, "dataset", dataset.id());
    }

    /**
     * A dataset's cube at a grain and dimensions: the engine aggregates an extract with the measure's
     * numerator and denominator; a ready cube is summed.
     */
    public Cube aggregate(Dataset dataset, Grain grain, List<String> dimensions, String numerator, String denominator) {
        if (!dataset.ready()) {
            throw EngineException.refused("The dataset is not ready");
        }
        if (dataset.kind() == DatasetKind.CUBE) {
            return store.with(s -> CubeTables.aggregate(s, dataset.engineName(), grain, dimensions));
        }
        AggregationDefinition definition = AggregationDefinition.rowsBy(grain, dimensions)
                .withNumerator(Numerator.parse(numerator)).withDenominator(Denominator.parse(denominator));
        return store.with(s -> new Aggregator(s).aggregate(dataset.engineName(), definition));
    }

    /** The stored columns a measure can be split by. */
    public List<String> columns(Dataset dataset) {
        if (!dataset.ready()) {
            return List.of();
        }
        if (dataset.kind() == DatasetKind.CUBE) {
            return store.with(s -> CubeTables.dimensions(s, dataset.engineName()));
        }
        return store.with(s -> new DatasetCatalogue(s.connection()).find(dataset.engineName())
                .map(DatasetInfo::columns).orElse(List.of()));
    }

    /** A headline for the list: how completely ethnicity is coded. */
    static String headline(QualityReport quality) {
        return quality.ethnicity()
                .map(e -> String.format(Locale.UK, "Ethnicity coded in %.1f%% of %,d rows", e.pctCoded(), quality.rows()))
                .orElse(String.format(Locale.UK, "%,d rows; no ethnicity column", quality.rows()));
    }

    private Optional<Path> uploadedFile(Dataset dataset) {
        try (var files = Files.list(store.uploadDir())) {
            return files.filter(f -> f.getFileName().toString().startsWith(dataset.engineName() + ".")).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Path uploadPath(String engineName, String extension) {
        return store.uploadDir().resolve(engineName + "." + extension);
    }

    /** Column headers: DuckDB reads CSV and Parquet headers; XLSX through the engine's streaming reader. */
    List<String> headers(Path file) {
        if (SourceFormat.of(file) == SourceFormat.XLSX) {
            try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
                Sheet sheet = workbook.getFirstSheet();
                try (var rows = sheet.openStream()) {
                    Row first = rows.findFirst().orElseThrow(() -> new IllegalArgumentException("The spreadsheet is empty"));
                    List<String> headers = new ArrayList<>();
                    for (int c = 0; c < first.getCellCount(); c++) {
                        headers.add(first.getCellText(c).strip());
                    }
                    return headers;
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("The spreadsheet could not be read");
            }
        }
        String source = SourceFormat.of(file) == SourceFormat.PARQUET
                ? "read_parquet(" + Sql.str(file.toAbsolutePath().toString()) + ")"
                : "read_csv(" + Sql.str(file.toAbsolutePath().toString()) + ", header = true, all_varchar = true)";
        return store.with(s -> {
            try (Statement st = s.connection().createStatement();
                 ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + source)) {
                List<String> headers = new ArrayList<>();
                while (rs.next()) {
                    headers.add(rs.getString("column_name"));
                }
                return headers;
            } catch (SQLException e) {
                throw new IllegalArgumentException("The file's header row could not be read");
            }
        });
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    static String extension(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1);
    }

    private static String fileName(String name) {
        String n = name == null ? "upload" : name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete an uploaded file after its import");
        }
    }

    /** Ordered roles for the mapping form. */
    public static Map<String, String> roleChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        for (ColumnRole role : ColumnRole.values()) {
            choices.put(role.name(), role.key().replace('_', ' '));
        }
        return choices;
    }

    @Override
    public void destroy() {
        imports.shutdownNow();
    }
}

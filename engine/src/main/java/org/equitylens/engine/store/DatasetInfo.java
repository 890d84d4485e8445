package org.equitylens.engine.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.equitylens.engine.importer.ColumnMapping;

/**
 * A stored dataset as the catalogue records it.
 *
 * @param name the dataset name
 * @param table the qualified DuckDB table holding its rows
 * @param sourceFile the file name it was imported from (no directory)
 * @param format CSV, PARQUET or XLSX
 * @param checksum SHA-256 of the file, hex
 * @param rows row count
 * @param periodStart earliest event date, if the extract has one
 * @param periodEnd latest event date
 * @param importedAt when the import committed
 * @param mapping the column roles used
 * @param imdVersion IMD2019 or IMD2025 when LSOAs were enriched
 * @param columns the stored column names
 */
public record DatasetInfo(String name, String table, String sourceFile, String format, String checksum, long rows,
        Optional<LocalDate> periodStart, Optional<LocalDate> periodEnd, Instant importedAt, ColumnMapping mapping,
        Optional<String> imdVersion, List<String> columns) {

    public DatasetInfo {
        columns = List.copyOf(columns);
    }
}

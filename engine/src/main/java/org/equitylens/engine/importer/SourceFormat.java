package org.equitylens.engine.importer;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats an extract may come in. */
public enum SourceFormat {
    CSV, PARQUET, XLSX;

    /** From the file name: {@code .parquet}/{@code .pq}, {@code .xlsx}, anything else is delimited text. */
    public static SourceFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".parquet") || name.endsWith(".pq")) {
            return PARQUET;
        }
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        return CSV;
    }
}

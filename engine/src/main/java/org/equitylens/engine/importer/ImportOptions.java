package org.equitylens.engine.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How to read and check one extract.
 *
 * @param datasetName the name to store it under (letters, digits, underscores)
 * @param format the file format, or empty to go by the file name
 * @param sheet the XLSX sheet name, or empty for the first sheet
 * @param delimiter the CSV delimiter, or empty to detect it
 * @param encoding {@code UTF-8}, {@code windows-1252}, or empty to detect
 * @param roles explicit column roles by header; other columns are guessed
 * @param uniqueKey headers whose combined values must be unique (empty: no check)
 * @param maxErrors stop listing errors after this many distinct problems
 * @param replace replace an existing dataset of the same name, and accept a file imported before
 * @param today the date against which "in the future" is judged
 * @param earliestDate dates before this are out of range
 */
public record ImportOptions(
        String datasetName,
        Optional<SourceFormat> format,
        Optional<String> sheet,
        Optional<Character> delimiter,
        Optional<String> encoding,
        Map<String, ColumnRole> roles,
        List<String> uniqueKey,
        int maxErrors,
        boolean replace,
        LocalDate today,
        LocalDate earliestDate) {

    public ImportOptions {
        roles = Map.copyOf(roles);
        uniqueKey = List.copyOf(uniqueKey);
        if (maxErrors < 1) {
            throw new IllegalArgumentException("maxErrors must be at least 1");
        }
    }

    /** Defaults: detect format, delimiter and encoding; guess every role; list up to 100 problems. */
    public static ImportOptions named(String datasetName) {
        return new ImportOptions(datasetName, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Map.of(), List.of(), 100, false, LocalDate.now(), LocalDate.of(1900, 1, 1));
    }

    public ImportOptions withRoles(Map<String, ColumnRole> value) {
        return new ImportOptions(datasetName, format, sheet, delimiter, encoding, value, uniqueKey, maxErrors, replace, today, earliestDate);
    }

    public ImportOptions withUniqueKey(List<String> value) {
        return new ImportOptions(datasetName, format, sheet, delimiter, encoding, roles, value, maxErrors, replace, today, earliestDate);
    }

    public ImportOptions withMaxErrors(int value) {
        return new ImportOptions(datasetName, format, sheet, delimiter, encoding, roles, uniqueKey, value, replace, today, earliestDate);
    }

    public ImportOptions withReplace(boolean value) {
        return new ImportOptions(datasetName, format, sheet, delimiter, encoding, roles, uniqueKey, maxErrors, value, today, earliestDate);
    }

    public ImportOptions withToday(LocalDate value) {
        return new ImportOptions(datasetName, format, sheet, delimiter, encoding, roles, uniqueKey, maxErrors, replace, value, earliestDate);
    }

    public ImportOptions withFormat(SourceFormat value) {
        return new ImportOptions(datasetName, Optional.of(value), sheet, delimiter, encoding, roles, uniqueKey, maxErrors, replace, today, earliestDate);
    }

    public ImportOptions withSheet(String value) {
        return new ImportOptions(datasetName, format, Optional.ofNullable(value), delimiter, encoding, roles, uniqueKey, maxErrors, replace, today, earliestDate);
    }

    public ImportOptions withDelimiter(Character value) {
        return new ImportOptions(datasetName, format, sheet, Optional.ofNullable(value), encoding, roles, uniqueKey, maxErrors, replace, today, earliestDate);
    }

    public ImportOptions withEncoding(String value) {
        return new ImportOptions(datasetName, format, sheet, delimiter, Optional.ofNullable(value), roles, uniqueKey, maxErrors, replace, today, earliestDate);
    }
}

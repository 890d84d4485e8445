package org.equitylens.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.nullif;
import static org.apache.spark.sql.functions.translate;
import static org.apache.spark.sql.functions.trim;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.equitylens.engine.importer.CsvSniffer;

/**
 * Reads an extract as text, the way the DuckDB engine stages it: one string column per file column,
 * values trimmed, blanks as null. Each row also carries where it came from — its file, the start of
 * the file split Spark read it in, and an id increasing in read order within a partition — from which
 * {@link RowNumbers} recovers a bad row's number in its file without a second pass over the data.
 * A CSV's delimiter and character set are detected as the DuckDB engine detects them, unless declared.
 */
final class ExtractReader {

    static final String FILE = "_source_file";
    static final String SPLIT = "_source_split";
    static final String READ_ID = "_source_id";

    private ExtractReader() {
    }

    /** The extract's columns (named as in the file) followed by the three position columns. */
    static Dataset<Row> read(SparkSession spark, JobOptions options) throws IOException {
        DataFrameReader reader = spark.read();
        boolean windows1252 = false;
        if (options.inputFormat().equals("csv")) {
            CsvSniffer.Format format = csvFormat(spark.sparkContext().hadoopConfiguration(), options);
            windows1252 = WINDOWS_1252.contains(format.encoding().toLowerCase(Locale.ROOT));
            // Every column as text: validation, not schema inference, decides what a value means.
            reader = reader.format("csv")
                    .option("header", "true")
                    .option("inferSchema", "false")
                    .option("sep", String.valueOf(format.delimiter()))
                    .option("encoding", windows1252 ? LATIN_1.name() : format.encoding())
                    .option("mode", "PERMISSIVE");
        } else {
            reader = reader.format("parquet");
        }
        Dataset<Row> raw = reader.load(options.input());
        List<Column> columns = new ArrayList<>();
        for (String name : raw.columns()) {
            // A UTF-8 byte order mark ends up in the first header; the column is named without it.
            String header = name.startsWith("\uFEFF") ? name.substring(1) : name;
            Column value = col(quoted(name)).cast(DataTypes.StringType);
            if (windows1252) {
                header = fromLatin1(header);
                value = translate(value, LATIN_1_HIGH, WINDOWS_1252_HIGH);
            }
            columns.add(nullif(trim(value), lit("")).as(header));
        }
        columns.add(col("_metadata.file_path").as(FILE));
        columns.add(col("_metadata.file_block_start").as(SPLIT));
        columns.add(monotonically_increasing_id().as(READ_ID));
        return raw.select(columns.toArray(Column[]::new));
    }

    /*
     * Spark 4 reads CSV in a few character sets only, Windows-1252 not among them. Windows-1252 is
     * Latin-1 except for bytes 0x80–0x9F, so the file is read as Latin-1 (one character per byte)
     * and those 32 characters are then replaced by what Java's Windows-1252 decoder, which the
     * engine transcodes with, makes of the bytes.
     */
    private static final Set<String> WINDOWS_1252 = Set.of("windows-1252", "cp1252");
    private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;
    private static final String LATIN_1_HIGH;
    private static final String WINDOWS_1252_HIGH;

    static {
        byte[] high = new byte[0x20];
        for (int i = 0; i < high.length; i++) {
            high[i] = (byte) (0x80 + i);
        }
        LATIN_1_HIGH = new String(high, LATIN_1);
        WINDOWS_1252_HIGH = new String(high, Charset.forName("windows-1252"));
    }

    /** Text read as Latin-1 from Windows-1252 bytes, as Windows-1252 decodes them. */
    static String fromLatin1(String text) {
        return new String(text.getBytes(LATIN_1), Charset.forName("windows-1252"));
    }

    /**
     * The CSV's character set and delimiter: as declared, or detected from the start of its first
     * file (in path order) by the engine's own {@link CsvSniffer}, so an undeclared extract is read
     * as {@code equitylens import} would read it. The files of one extract share a format.
     */
    static CsvSniffer.Format csvFormat(Configuration conf, JobOptions options) throws IOException {
        Optional<Character> delimiter = options.csvDelimiter().map(d -> d.charAt(0));
        if (options.csvEncoding().isPresent() && delimiter.isPresent()) {
            return new CsvSniffer.Format(options.csvEncoding().get(), delimiter.get());
        }
        Optional<Path> first = firstFile(conf, new Path(options.input()));
        if (first.isEmpty()) {
            // Nothing to read: Spark's reader reports the missing input.
            return new CsvSniffer.Format(options.csvEncoding().orElse("UTF-8"), delimiter.orElse(','));
        }
        FileSystem fs = first.get().getFileSystem(conf);
        CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(first.get());
        try (InputStream raw = fs.open(first.get()); InputStream in = codec == null ? raw : codec.createInputStream(raw)) {
            return CsvSniffer.sniff(in, options.csvEncoding(), delimiter);
        }
    }

    /** The first data file of a file, directory or glob, as Spark lists them (hidden and {@code _} files left out). */
    private static Optional<Path> firstFile(Configuration conf, Path input) throws IOException {
        FileSystem fs = input.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(input);
        if (matches == null) {
            return Optional.empty();
        }
        List<Path> files = new ArrayList<>();
        for (FileStatus match : matches) {
            if (match.isFile()) {
                files.add(match.getPath());
                continue;
            }
            RemoteIterator<LocatedFileStatus> listed = fs.listFiles(match.getPath(), true);
            while (listed.hasNext()) {
                Path file = listed.next().getPath();
                if (!hidden(match.getPath(), file)) {
                    files.add(file);
                }
            }
        }
        return files.stream().min(Comparator.comparing(Path::toString));
    }

    private static boolean hidden(Path directory, Path file) {
        for (Path p = file; p != null && !p.equals(directory); p = p.getParent()) {
            if (p.getName().startsWith("_") || p.getName().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}

package org.equitylens.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.nullif;
import static org.apache.spark.sql.functions.trim;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * Reads an extract as text, the way the DuckDB engine stages it: one string column per file column,
 * values trimmed, blanks as null. Each row also carries where it came from — its file, the start of
 * the file split Spark read it in, and an id increasing in read order within a partition — from which
 * {@link RowNumbers} recovers a bad row's number in its file without a second pass over the data.
 */
final class ExtractReader {

    static final String FILE = "_source_file";
    static final String SPLIT = "_source_split";
    static final String READ_ID = "_source_id";

    private ExtractReader() {
    }

    /** The extract's columns (named as in the file) followed by the three position columns. */
    static Dataset<Row> read(SparkSession spark, JobOptions options) {
        DataFrameReader reader = spark.read();
        if (options.inputFormat().equals("csv")) {
            // Every column as text: validation, not schema inference, decides what a value means.
            reader = reader.format("csv")
                    .option("header", "true")
                    .option("inferSchema", "false")
                    .option("sep", options.csvDelimiter())
                    .option("encoding", options.csvEncoding())
                    .option("mode", "PERMISSIVE");
        } else {
            reader = reader.format("parquet");
        }
        Dataset<Row> raw = reader.load(options.input());
        List<Column> columns = new ArrayList<>();
        for (String name : raw.columns()) {
            // A UTF-8 byte order mark ends up in the first header; the column is named without it.
            String header = name.startsWith("\uFEFF") ? name.substring(1) : name;
            columns.add(nullif(trim(col(quoted(name)).cast(DataTypes.StringType)), lit("")).as(header));
        }
        columns.add(col("_metadata.file_path").as(FILE));
        columns.add(col("_metadata.file_block_start").as(SPLIT));
        columns.add(monotonically_increasing_id().as(READ_ID));
        return raw.select(columns.toArray(Column[]::new));
    }

    static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}

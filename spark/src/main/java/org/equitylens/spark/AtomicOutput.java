package org.equitylens.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Writes a job's output directory all at once: everything goes to a hidden staging directory beside
 * the target, which is renamed onto the target only when every file is complete. A job that fails or
 * is killed leaves at most the staging directory (removed on a clean failure), never a half cube at
 * the target. On HDFS and local disks a directory rename is atomic; on object stores without atomic
 * rename (S3) it is a copy, so readers should look for the {@value #SUCCESS_MARKER} file, written last.
 */
final class AtomicOutput implements AutoCloseable {

    /** Written into the staging directory last; its presence at the target means the output is whole. */
    static final String SUCCESS_MARKER = "_SUCCESS";

    private final FileSystem fs;
    private final Path target;
    private final Path staging;
    private final boolean overwrite;
    private boolean committed;

    private AtomicOutput(FileSystem fs, Path target, Path staging, boolean overwrite) {
        this.fs = fs;
        this.target = target;
        this.staging = staging;
        this.overwrite = overwrite;
    }

    /**
     * Starts an output at {@code target}. Refuses at once (before any work is done) when the target
     * exists and {@code overwrite} is false.
     */
    static AtomicOutput begin(Configuration conf, String target, boolean overwrite) throws IOException {
        Path targetPath = new Path(target);
        FileSystem fs = targetPath.getFileSystem(conf);
        Path qualified = fs.makeQualified(targetPath);
        if (!overwrite && fs.exists(qualified)) {
            throw new OutputExistsException("The output " + qualified
                    + " already exists; choose another path or pass --overwrite to replace it");
        }
        Path parent = qualified.getParent();
        if (parent == null) {
            throw new IllegalArgumentException("The output must not be a file system root: " + qualified);
        }
        // Hidden name (leading dot) so Spark, Hive and the app all ignore it while it is incomplete.
        Path staging = new Path(parent, "." + qualified.getName() + ".staging-" + UUID.randomUUID());
        return new AtomicOutput(fs, qualified, staging, overwrite);
    }

    Path target() {
        return target;
    }

    Path staging() {
        return staging;
    }

    /**
     * Writes {@code data} as the single file {@code fileName} in the staging directory: Spark writes a
     * one-partition directory, whose one part file is then moved to the name the app expects.
     * {@code data} must already be in one partition (and sorted within it, if order matters).
     */
    void writeSingleFile(Dataset<Row> data, String format, Map<String, String> options, String fileName)
            throws IOException {
        Path sparkDir = new Path(staging, "." + fileName + ".parts");
        data.write().format(format).options(options).save(sparkDir.toString());
        FileStatus[] parts = fs.listStatus(sparkDir, p -> p.getName().startsWith("part-"));
        if (parts.length != 1) {
            throw new IOException("Expected one part file from Spark for " + fileName + " but found "
                    + parts.length + ": " + Arrays.toString(Arrays.stream(parts).map(FileStatus::getPath).toArray()));
        }
        rename(parts[0].getPath(), new Path(staging, fileName));
        fs.delete(sparkDir, true);
    }

    /** Writes a small text file (a report) into the staging directory. */
    void writeText(String fileName, String content) throws IOException {
        try (OutputStream out = fs.create(new Path(staging, fileName), false)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The files written so far, by name. */
    List<String> stagedFiles() throws IOException {
        return Arrays.stream(fs.listStatus(staging)).map(s -> s.getPath().getName()).sorted().toList();
    }

    /**
     * Marks the staged output complete and moves it onto the target. An existing target (only with
     * overwrite) is moved aside first and deleted after, and put back if the move fails.
     */
    void commit() throws IOException {
        writeText(SUCCESS_MARKER, "");
        Path previous = null;
        if (fs.exists(target)) {
            if (!overwrite) {
                throw new OutputExistsException("The output " + target + " appeared while the job ran; nothing was replaced");
            }
            previous = new Path(staging.getParent(), "." + target.getName() + ".replaced-" + UUID.randomUUID());
            rename(target, previous);
        }
        try {
            rename(staging, target);
        } catch (IOException e) {
            if (previous != null) {
                rename(previous, target);
            }
            throw e;
        }
        committed = true;
        if (previous != null) {
            fs.delete(previous, true);
        }
    }

    /** Removes the staging directory unless the output was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            fs.delete(staging, true);
        }
    }

    private void rename(Path from, Path to) throws IOException {
        if (!fs.rename(from, to)) {
            throw new IOException("Could not rename " + from + " to " + to);
        }
    }

    /** The output path is taken; nothing was written. */
    static final class OutputExistsException extends IOException {
        OutputExistsException(String message) {
            super(message);
        }
    }
}

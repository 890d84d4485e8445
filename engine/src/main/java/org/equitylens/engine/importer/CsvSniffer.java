package org.equitylens.engine.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Detects a CSV file's character set and field delimiter from its first bytes. The DuckDB engine
 * and the Spark job both call it, so they read an undeclared file the same way.
 */
public final class CsvSniffer {

    /** The bytes read from the start of a file to decide. */
    public static final int SAMPLE_BYTES = 4 << 20;

    static final String UTF_8 = "utf-8";
    static final String WINDOWS_1252 = "windows-1252";

    /** Candidate delimiters; on a tie, the earlier wins. */
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    /** Records judged for the delimiter: enough to see a file's shape, few enough to be quick. */
    private static final int RECORDS = 1_000;

    /**
     * @param encoding {@code utf-8} or {@code windows-1252}
     * @param delimiter the field delimiter
     */
    public record Format(String encoding, char delimiter) {
    }

    private CsvSniffer() {
    }

    /**
     * The first {@link #SAMPLE_BYTES} of a file.
     *
     * @param whole true when they are the whole file
     */
    public record Sample(byte[] head, boolean whole) {

        public static Sample read(InputStream in) throws IOException {
            byte[] head = in.readNBytes(SAMPLE_BYTES);
            return new Sample(head, head.length < SAMPLE_BYTES || in.read() < 0);
        }

        /** Data rows of the file of {@code size} bytes: counted when the sample is all of it, else scaled from its lines; -1 when it has none. */
        public long estimatedRows(long size) {
            long lines = 0;
            for (byte b : head) {
                if (b == '\n') {
                    lines++;
                }
            }
            if (whole) {
                boolean unterminated = head.length > 0 && head[head.length - 1] != '\n';
                return Math.max(0, lines + (unterminated ? 1 : 0) - 1);
            }
            return lines == 0 ? -1 : Math.max(0, Math.round((double) size * lines / head.length) - 1);
        }
    }

    /** The format of the file whose start {@code in} reads: the declared values where given, the rest detected. */
    public static Format sniff(InputStream in, Optional<String> encoding, Optional<Character> delimiter) throws IOException {
        return sniff(Sample.read(in), encoding, delimiter);
    }

    /** The format of the file that {@code sample} begins. */
    public static Format sniff(Sample sample, Optional<String> encoding, Optional<Character> delimiter) {
        String charset = encoding.orElseGet(() -> encoding(sample.head(), sample.whole()));
        char delim = delimiter.orElseGet(() -> delimiter(new String(sample.head(), Charset.forName(charset)), sample.whole()));
        return new Format(charset, delim);
    }

    /** UTF-8 if the sample decodes as UTF-8 (a BOM is allowed), otherwise Windows-1252. */
    static String encoding(byte[] head, boolean whole) {
        int end = head.length;
        if (!whole) {
            // Do not judge a multi-byte character cut at the end of the sample.
            while (end > 0 && (head[end - 1] & 0xC0) == 0x80) {
                end--;
            }
            end = Math.max(0, end - 1);
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, end));
            return UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    /**
     * The candidate that splits the header and the first records into the same number of fields,
     * more than one, in the most records, and among those the most fields; a comma when none splits
     * the header. Quoted fields may hold delimiters, quotes ({@code ""}) and line breaks.
     *
     * @param whole whether {@code text} is the whole file; if not, its last (perhaps cut) record is left out
     */
    static char delimiter(String text, boolean whole) {
        char best = ',';
        long bestScore = 0;
        for (char candidate : DELIMITERS) {
            List<Integer> fields = fieldCounts(text, candidate, whole);
            if (fields.isEmpty() || fields.get(0) < 2) {
                continue;
            }
            int header = fields.get(0);
            long consistent = fields.stream().filter(n -> n == header).count();
            // Records first, then fields: a delimiter that also occurs inside some values never wins on a fluke.
            long score = consistent * 1_000_000 + header;
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** Fields per non-blank record of the first {@link #RECORDS}, the header first. */
    private static List<Integer> fieldCounts(String text, char delimiter, boolean whole) {
        List<Integer> counts = new ArrayList<>();
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        boolean quoted = false;
        boolean blank = true;
        int fields = 1;
        for (int i = start; i < text.length() && counts.size() < RECORDS; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                blank = false;
            } else if (quoted) {
                continue;
            } else if (c == delimiter) {
                fields++;
                blank = false;
            } else if (c == '\n') {
                if (!blank) {
                    counts.add(fields);
                }
                fields = 1;
                blank = true;
            } else if (c != '\r' && c != ' ') {
                blank = false;
            }
        }
        if (whole && !blank && counts.size() < RECORDS) {
            counts.add(fields);
        }
        return counts;
    }
}

package org.equitylens.stats.heat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the shared test-vector CSVs (simple quoted CSV, NA for missing). */
final class VectorFiles {

    private VectorFiles() {
    }

    static Path dir() {
        return Path.of(System.getProperty("stats.vectors", "../../shared/vectors/stats/public"));
    }

    static List<Map<String, String>> read(String relative) throws IOException {
        List<String> lines = Files.readAllLines(dir().resolve(relative));
        List<String> header = split(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = split(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), cells.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    static double num(Map<String, String> row, String column) {
        String v = row.get(column);
        return v.equals("NA") || v.equals("NaN") ? Double.NaN : Double.parseDouble(v);
    }

    static double[] column(List<Map<String, String>> rows, String column) {
        return rows.stream().mapToDouble(r -> num(r, column)).toArray();
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }
}

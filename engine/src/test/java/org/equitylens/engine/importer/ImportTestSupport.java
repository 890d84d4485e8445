package org.equitylens.engine.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.equitylens.engine.Progress;
import org.equitylens.engine.store.EngineStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh store and importer per test, with files written to a temporary folder and query rows as text. */
abstract class ImportTestSupport {

    @TempDir
    Path dir;
    EngineStore store;
    Importer importer;

    @BeforeEach
    void open() {
        store = EngineStore.open(dir.resolve("data"));
        importer = new Importer(store, Progress.NONE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    /** Each row's values as text (NULL stays null), in the query's order. */
    List<List<Object>> rows(String sql) throws Exception {
        List<List<Object>> out = new ArrayList<>();
        try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    row.add(v == null ? null : v.toString());
                }
                out.add(row);
            }
        }
        return out;
    }
}

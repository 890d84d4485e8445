package org.equitylens.engine.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import org.equitylens.engine.Progress;
import org.equitylens.engine.store.EngineStore;

/** Runs one import in a separate JVM so that a test can kill it part-way. */
public final class ImportChild {

    private ImportChild() {
    }

    public static void main(String[] args) {
        try (EngineStore store = EngineStore.open(Path.of(args[0]))) {
            new Importer(store, new Progress() {
                @Override
                public void phase(String name) {
                    System.out.println("phase " + name);
                    System.out.flush();
                }

                @Override
                public void advance(long done, long total) {
                }
            }).importFile(Path.of(args[1]), ImportOptions.named("victim").withReplace(true).withToday(LocalDate.of(2026, 1, 1)));
        }
    }
}

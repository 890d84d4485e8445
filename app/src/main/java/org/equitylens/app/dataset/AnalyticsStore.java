package org.equitylens.app.dataset;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.equitylens.engine.quality.QualityReport;
import org.equitylens.engine.quality.QualityStore;
import org.equitylens.engine.store.DatasetCatalogue;
import org.equitylens.engine.store.EngineStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The app's one handle on the engine's DuckDB store in the data directory, closed on shutdown. The
 * store has a single connection and imports use transactions on it, so every use goes through
 * {@link #with(Function)}, one at a time.
 */
@Component
public class AnalyticsStore implements AutoCloseable {

    private final EngineStore store;
    private final ReentrantLock lock = new ReentrantLock(true);

    public AnalyticsStore(@Value("${equitylens.engine-dir:${equitylens.data-dir}}") Path dir,
            @Value("${equitylens.engine-memory-limit:1GB}") String memoryLimit) {
        this.store = EngineStore.open(dir, memoryLimit);
    }

    /** Runs work with exclusive use of the store. */
    public <T> T with(Function<EngineStore, T> work) {
        lock.lock();
        try {
            return work.apply(store);
        } finally {
            lock.unlock();
        }
    }

    public Optional<QualityReport> quality(String engineName) {
        return with(s -> QualityStore.load(s.connection(), engineName));
    }

    public void drop(String engineName) {
        with(s -> {
            DatasetCatalogue catalogue = new DatasetCatalogue(s.connection());
            if (catalogue.find(engineName).isPresent()) {
                catalogue.drop(engineName);
            }
            return null;
        });
    }

    /** Where uploads wait for their import. */
    public Path uploadDir() {
        return store.dataDir().resolve("uploads");
    }

    @Override
    public void close() {
        with(s -> {
            s.close();
            return null;
        });
    }
}

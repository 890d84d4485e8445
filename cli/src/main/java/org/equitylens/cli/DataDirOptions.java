package org.equitylens.cli;

import java.nio.file.Path;
import org.equitylens.engine.store.EngineStore;
import picocli.CommandLine.Option;

/** The data directory shared by the engine commands. */
final class DataDirOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory holding the analytical store (default: $EQUITYLENS_DATA_DIR or ./data).")
    Path dataDir;

    @Option(names = "--memory-limit", paramLabel = "SIZE", defaultValue = "1GB",
            description = "DuckDB memory limit; larger work spills to DIR/tmp (default: ${DEFAULT-VALUE}).")
    String memoryLimit;

    Path resolve() {
        if (dataDir != null) {
            return dataDir;
        }
        String env = System.getenv("EQUITYLENS_DATA_DIR");
        return Path.of(env == null || env.isBlank() ? "data" : env);
    }

    EngineStore open() {
        return EngineStore.open(resolve(), memoryLimit);
    }
}

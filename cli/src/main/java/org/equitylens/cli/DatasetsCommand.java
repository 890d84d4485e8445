package org.equitylens.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.equitylens.engine.store.DatasetCatalogue;
import org.equitylens.engine.store.DatasetInfo;
import org.equitylens.engine.store.EngineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code datasets}: the catalogue of stored datasets. */
@Command(name = "datasets", mixinStandardHelpOptions = true, description = "List the stored datasets, or drop one.")
final class DatasetsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOptions data = new DataDirOptions();

    @Option(names = "--drop", paramLabel = "NAME", description = "Remove a dataset and its quality report.")
    String drop;

    @Option(names = "--columns", description = "Also list each dataset's stored columns.")
    boolean columns;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (EngineStore store = data.open()) {
            DatasetCatalogue catalogue = new DatasetCatalogue(store.connection());
            if (drop != null) {
                catalogue.drop(drop);
                out.println("Dropped dataset '" + drop + "'");
            } else {
                out.println("name,rows,period_start,period_end,source_file,format,imd_version,imported_at,sha256");
                for (DatasetInfo d : catalogue.list()) {
                    out.println(String.join(",", d.name(), Long.toString(d.rows()),
                            d.periodStart().map(Object::toString).orElse(""), d.periodEnd().map(Object::toString).orElse(""),
                            d.sourceFile(), d.format(), d.imdVersion().orElse(""), d.importedAt().toString(), d.checksum()));
                    if (columns) {
                        out.println("  columns: " + String.join(" ", d.columns()));
                    }
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}

package org.equitylens.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.equitylens.codes.EthnicCategory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints the coded vocabularies EquityLens uses, as CSV, so analysts can join them to their own data. */
@Command(name = "codes", mixinStandardHelpOptions = true,
        description = "Print the NHS ethnic category codes with their groups (CSV).")
final class CodesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("code,label,nhs_group,census2021_group,wres_group");
        for (EthnicCategory category : EthnicCategory.values()) {
            out.println(String.join(",",
                    category.code(),
                    '"' + category.label() + '"',
                    category.nhsGroup().map(Enum::name).orElse(""),
                    category.censusGroup().map(Enum::name).orElse(""),
                    category.wresGroup().map(Enum::name).orElse("")));
        }
        out.flush();
        return 0;
    }
}

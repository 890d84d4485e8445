package org.equitylens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EquityLensCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = EquityLensCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void codesPrintsEveryEthnicCategoryAsCsv() {
        assertThat(run("codes")).isZero();
        String[] lines = out.toString().strip().split("\\R");
        assertThat(lines).hasSize(19);
        assertThat(lines[0]).isEqualTo("code,label,nhs_group,census2021_group,wres_group");
        assertThat(lines).contains("R,\"Other Ethnic Groups - Chinese\",OTHER,ASIAN,BME", "99,\"Not known\",,,");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThat(run("no-such-command")).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched argument");
    }
}

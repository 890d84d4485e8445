package org.equitylens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StatsCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = EquityLensCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private Path csv(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, List.of(lines));
        return file;
    }

    @Test
    void proportionWritesWilsonLimitsAsTidyCsv() throws IOException {
        Path in = csv("screening.csv", "decile,screened,eligible", "1,9845,17435", "2,12110,20613");
        Path result = dir.resolve("out/wilson.csv");
        assertThat(run("stats", "proportion", "--in", in.toString(), "-p", "x=col:screened", "-p", "n=col:eligible",
                "--multiplier", "100", "--out", result.toString())).isZero();
        List<String> lines = Files.readAllLines(result);
        assertThat(lines.get(0)).isEqualTo(
                "\"decile\",\"screened\",\"eligible\",\"value\",\"lowercl\",\"uppercl\",\"confidence\",\"statistic\",\"method\"");
        assertThat(lines.get(1)).startsWith("1,9845,17435,56.46687697160884,55.7295895722401")
                .endsWith(",\"95%\",\"percentage\",\"Wilson\"");
        assertThat(out.toString()).contains("Wrote 2 rows");
    }

    @Test
    void groupedRateToStandardOutput() throws IOException {
        Path in = csv("rates.csv", "region,year,admissions,population", "R1,2019,5979,488458", "R1,2020,9471,780640",
                "R2,2019,7405,629957");
        assertThat(run("stats", "rate", "--in", in.toString(), "--by", "region", "-p", "x=col:admissions",
                "-p", "n=col:population", "--multiplier", "1000", "--confidence", "95,99.8")).isZero();
        String[] lines = out.toString().strip().split("\\R");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).contains("\"lower95_0cl\"", "\"upper99_8cl\"");
        assertThat(lines[1]).startsWith("\"R1\",15450,1269098,").contains("\"rate per 1000\"", "\"Byars\"");
    }

    @Test
    void dsrWithTheShippedStandardPopulationThroughTheDeprecatedVectorForm() throws IOException {
        StringBuilder rows = new StringBuilder("area,band,deaths,population");
        for (int band = 0; band < 19; band++) {
            rows.append('\n').append("A,").append(band).append(',').append(band + 1).append(",10000");
        }
        Path in = csv("dsr.csv", rows.toString());
        assertThat(run("stats", "PHEindicatormethods::phe_dsr", "--in", in.toString(), "--by", "area",
                "-p", "x=col:deaths", "-p", "n=col:population")).isZero();
        assertThat(out.toString()).contains("\"A\",190,190000,", "\"dsr per 100000\"", "\"Dobson\"");
    }

    @Test
    void invalidInputIsRefusedNamingRowAndField() throws IOException {
        Path in = csv("bad.csv", "x,n", "3,10", "12,10");
        assertThat(run("stats", "proportion", "--in", in.toString(), "-p", "x=col:x", "-p", "n=col:n")).isEqualTo(1);
        assertThat(err.toString()).contains("row 2", "field 'x'", "numerators must be less than or equal to denominator");
    }

    @Test
    void wresAddsTheNonAdverseBand() throws IOException {
        Path in = csv("wres.csv", "org,indicator,white_events,white_at_risk,bme_events,bme_at_risk",
                "T,2,250,1000,120,800", "T,3,10,1000,11,1000");
        assertThat(run("stats", "wres", "--in", in.toString(), "-p", "band=TRUE")).isZero();
        String[] lines = out.toString().strip().split("\\R");
        assertThat(lines[0]).endsWith("\"katz_lower\",\"katz_upper\",\"non_adverse\"");
        assertThat(lines[1]).contains(",1.666666666666666").endsWith(",FALSE");
        assertThat(lines[2]).contains(",1.0999999999999999,").endsWith(",TRUE");
    }

    @Test
    void suppressSaysWhichPolicyProducedTheOutput() throws IOException {
        Path in = csv("counts.csv", "group,detained,population", "Asian,40,1000", "Black,3,500", "Mixed,12,300",
                "Total,55,1800");
        assertThat(run("stats", "suppress", "--in", in.toString(), "--policy", "SUPPRESS-LT-5",
                "-p", "counts=detained,population", "-p", "total_row=group=Total",
                "-p", "ratios=pct=detained/population*100")).isZero();
        String text = out.toString();
        assertThat(text).contains("\"Black\",\"*\",500,\"*\",\"SUPPRESS-LT-5\"", "\"Mixed\",\"*\",300,\"*\"",
                "Disclosure control: SUPPRESS-LT-5");
    }

    @Test
    void warningsOfTheMethodGoToStandardError() throws IOException {
        StringBuilder rows = new StringBuilder("group,startage,deaths,population");
        int[] ages = {0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90};
        for (int age : ages) {
            rows.append("\nsmall,").append(age).append(",1,100");
        }
        Path in = csv("le.csv", rows.toString());
        assertThat(run("stats", "le", "--in", in.toString(), "--by", "group", "-p", "deaths=col:deaths",
                "-p", "population=col:population", "-p", "startage=col:startage")).isZero();
        assertThat(out.toString()).contains("\"small\",0,NA,NA,NA,2000,20,");
        assertThat(err.toString()).contains("Warning: some groups have a total population of 5,000 or less");
    }

    @Test
    void listShowsEveryRegisteredMethod() {
        assertThat(run("stats", "--list")).isZero();
        assertThat(out.toString()).contains("proportion", "PHEindicatormethods::phe_sii", "equitylens::suppress",
                "wres_definition::relative_likelihood");
    }

    @Test
    void unknownMethodsAndMissingMeasuresAreUsageErrors() throws IOException {
        Path in = csv("x.csv", "a", "1");
        assertThat(run("stats", "nothing", "--in", in.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("No method 'nothing'");
        assertThat(run("stats", "heat", "--in", in.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("needs --measure");
    }

    @Test
    void benchmarkRunsOnASmallInput() {
        assertThat(run("bench", "stats", "--groups", "1000", "--runs", "1")).isZero();
        assertThat(out.toString()).contains("machine:", "Wilson", "Dobson");
    }
}

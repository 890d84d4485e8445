package org.equitylens.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.equitylens.spc.ImprovementDirection;
import org.equitylens.spc.Series;
import org.equitylens.spc.SpcChart;
import org.equitylens.spc.SpcOptions;
import org.equitylens.spc.XmrAnalysis;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SpcSvgTest {

    @Test
    void aChartIsWellFormedAccessibleSvgWithIconsAndASummary() throws Exception {
        SpcChart chart = stepChart(ImprovementDirection.INCREASE, 0);
        String svg = SpcSvg.render("Patients seen within 4 hours", chart);
        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Patients seen within 4 hours");
        assertThat(svg).contains("<desc id=\"spc-desc\">The latest point (")
                .contains("special-cause improvement")
                .contains("class=\"variation-icon\"").contains("class=\"assurance-icon\"")
                .contains("class=\"target\"").contains("class=\"rebase\"").contains("Rebased")
                .contains("PDSA 1: new triage")
                .contains(MdcColours.IMPROVEMENT).contains(MdcColours.COMMON_CAUSE)
                .contains("Rules: NHS England Making Data Count");
        write("spc-single.svg", svg);
    }

    @Test
    void concernAndTrialLimitsAreSaidInWords() throws Exception {
        SpcChart chart = stepChart(ImprovementDirection.DECREASE, 0);
        String summary = SpcSummary.sentence(chart);
        assertThat(summary).contains("special-cause concern").contains("target of 107.5");
        SpcChart shortChart = XmrAnalysis.analyse(series(new Random(1), 10, 0), SpcOptions.mdc());
        assertThat(SpcSummary.sentence(shortChart)).contains("trial limits").contains("fewer than 13");
        String svg = SpcSvg.render("Short series", shortChart);
        parse(svg);
        assertThat(svg).contains("Trial limits").contains("stroke-dasharray=\"2 3\"");
    }

    @Test
    void smallMultiplesShareOneAxisGrid() throws Exception {
        List<SpcSvg.Panel> panels = new ArrayList<>();
        String[] groups = {"White", "Black", "Asian", "Mixed", "Other"};
        for (int k = 0; k < groups.length; k++) {
            Series s = series(new Random(k), 30, k == 1 ? 20 : 0);
            panels.add(new SpcSvg.Panel(groups[k], XmrAnalysis.analyse(s, SpcOptions.mdc().withTarget(110.0))));
        }
        String svg = SpcSvg.smallMultiples("Detention rate by ethnic group", panels, 3);
        Document doc = parse(svg);
        assertThat(svg.split("class=\"panel\"", -1)).hasSize(6);
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent()).startsWith("White: The latest point");
        write("spc-grid.svg", svg);
    }

    @Test
    void qicharts2ChartsDrawSignalsByPart() throws Exception {
        List<QicSvg.Point> points = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            int part = i < 12 ? 1 : 2;
            double cl = part == 1 ? 10 : 14;
            double y = cl + (i % 3 - 1) + (i == 20 ? 9 : 0);
            points.add(new QicSvg.Point(part, Integer.toString(i + 1), y, cl, cl - 4, cl + 4, i == 20, part == 2));
        }
        String svg = QicSvg.render("Falls per 1,000 bed days", "u", points);
        parse(svg);
        assertThat(svg).contains("1 point lies outside the control limits").contains("in part [2]")
                .contains(MdcColours.CONCERN).contains("stroke-dasharray=\"8 4\"");
        write("qic.svg", svg);
    }

    @Test
    void qicharts2SmallMultiplesShareSubgroupsScaleAndIcons() throws Exception {
        List<QicSvg.Panel> panels = new ArrayList<>();
        String[] groups = {"White", "Black", "Asian"};
        for (int k = 0; k < groups.length; k++) {
            List<QicSvg.Point> points = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                if (k == 2 && i == 5) {
                    continue; // a period this group has no point in: its slot stays empty
                }
                double cl = 10 + 10 * k;
                points.add(new QicSvg.Point(1, "2024-" + String.format("%02d", i + 1), cl + (i % 3 - 1) + (k == 1 && i == 11 ? 9 : 0),
                        cl, cl - 4, cl + 4, k == 1 && i == 11, false));
            }
            panels.add(new QicSvg.Panel(groups[k], points, k == 1 ? org.equitylens.spc.VariationIcon.CONCERN_HIGH
                    : org.equitylens.spc.VariationIcon.COMMON_CAUSE, null));
        }
        String svg = QicSvg.smallMultiples("Detentions by ethnic group", "p", panels, 3);
        Document doc = parse(svg);
        assertThat(svg.split("class=\"panel\"", -1)).hasSize(4);
        assertThat(svg.split("class=\"variation-icon\"", -1)).hasSize(4);
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent())
                .startsWith("White: p chart: No point lies outside the control limits")
                .contains("Black: p chart: 1 point lies outside the control limits");
        // One value scale: the first panel's axis covers the third panel's values (up to 34).
        assertThat(svg).contains(">30</text>");
        // Every panel spreads its points over the same 12 subgroups, so the last point of each lies at the right edge.
        assertThat(svg).contains("<circle cx=\"395\"").contains("<circle cx=\"795\"").contains("<circle cx=\"1195\"");
        write("qic-grid.svg", svg);
    }

    /** 50 monthly points rebased at point 21, a step up of 12 from point 41, target 107.5, one annotation. */
    private static SpcChart stepChart(ImprovementDirection direction, int seed) {
        double[] wiggle = {2, -1, 1, -2, 0.5, -0.5, 1.5, -1.5};
        double[] v = new double[50];
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            v[i] = 100 + wiggle[(i + seed) % wiggle.length] + (i >= 40 ? 12 : 0);
            dates.add(LocalDate.of(2021, 4, 1).plusMonths(i));
        }
        return XmrAnalysis.analyse(Series.of("step", dates, v), SpcOptions.mdc().withDirection(direction)
                .withTarget(107.5).withRebaseDates(List.of(dates.get(20)))
                .withAnnotations(Map.of(dates.get(39), "PDSA 1: new triage")));
    }

    private static Series series(Random random, int n, double shiftLastHalf) {
        List<LocalDate> dates = new ArrayList<>();
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            dates.add(LocalDate.of(2021, 4, 1).plusMonths(i));
            v[i] = Math.round((100 + 4 * random.nextGaussian() + (i >= n / 2 ? shiftLastHalf : 0)) * 10) / 10.0;
        }
        return Series.of("s", dates, v);
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Keeps the rendered charts in target/ for a look in a browser. */
    private static void write(String name, String svg) throws IOException {
        Path dir = Path.of("target", "svg");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), svg);
    }
}

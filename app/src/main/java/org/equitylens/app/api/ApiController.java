package org.equitylens.app.api;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.equitylens.app.dataset.Dataset;
import org.equitylens.app.dataset.DatasetService;
import org.equitylens.app.measure.Measure;
import org.equitylens.app.measure.MeasureResults;
import org.equitylens.app.measure.MeasureService;
import org.equitylens.app.security.CurrentUser;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The JSON API (version 1): datasets, measures and a measure's results, with the same organisation
 * scoping, roles and disclosure control as the pages. Described by {@code /api/v1/openapi.json}.
 */
@Controller
public class ApiController {

    private final DatasetService datasets;
    private final MeasureService measures;

    public ApiController(DatasetService datasets, MeasureService measures) {
        this.datasets = datasets;
        this.measures = measures;
    }

    /** A dataset as the API shows it: metadata only, never rows. */
    public record DatasetView(long id, String name, String kind, String status, Long rows, LocalDate periodStart,
            LocalDate periodEnd, String qualityHeadline, String importedBy, Instant importedAt) {
        static DatasetView of(Dataset d) {
            return new DatasetView(d.id(), d.name(), d.kind().name(), d.status().name(), d.rows(), d.periodStart(), d.periodEnd(),
                    d.qualityHeadline(), d.uploadedByName(), d.importedAt());
        }
    }

    public record MeasureView(long id, long datasetId, String name, String description, String type, String numerator,
            String denominator, String grain, String unit, double multiplier, String direction, Double target, String chart,
            List<String> dimensions, java.util.Map<String, String> referenceGroups, java.util.Map<String, String> focusGroups) {
        static MeasureView of(Measure m) {
            return new MeasureView(m.id(), m.datasetId(), m.name(), m.description(), m.type().name(), m.numerator(), m.denominator(),
                    m.grain().name(), m.unit(), m.multiplier(), m.direction().name(), m.target(), m.chart().name(), m.dimensions(),
                    m.referenceGroups(), m.focusGroups());
        }
    }

    /** Results without the chart drawings; {@code policy} is null only in an analyst's working view. */
    public record ResultsView(long measureId, String measure, String dimension, String period, boolean suppressed, String policy,
            List<String> notes, MeasureResults.Group overall, List<MeasureResults.Group> groups, String referenceGroup,
            String focusGroup, List<MeasureResults.Gap> gaps, List<MeasureResults.Slope> slope, List<MeasureResults.Completeness> completeness,
            List<MeasureResults.LatestRow> latest, String summary, boolean gapWidening) {
        static ResultsView of(MeasureResults r) {
            return new ResultsView(r.measureId(), r.measureName(), r.dimension(), r.periodLabel(), r.restricted(), r.policy(),
                    r.notes(), r.overall(), r.groups(), r.referenceLabel(), r.focusLabel(), r.gaps(), r.slope(), r.completeness(), r.latest(), r.summary(),
                    r.widening());
        }
    }

    @GetMapping(value = "/api/v1/datasets", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public List<DatasetView> datasets(CurrentUser user) {
        return datasets.list(user).stream().map(DatasetView::of).toList();
    }

    @GetMapping(value = "/api/v1/measures", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public List<MeasureView> measures(CurrentUser user) {
        return measures.list(user).stream().map(MeasureView::of).toList();
    }

    @GetMapping(value = "/api/v1/measures/{id}/results", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public ResultsView results(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String dimension) {
        Measure measure = measures.require(user, id);
        return ResultsView.of(measures.results(user, measure, dimension, MeasureService.audienceOf(user)));
    }

    @GetMapping(value = "/api/v1/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> openApi() throws IOException {
        try (InputStream in = new ClassPathResource("api/openapi.json").getInputStream()) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(in.readAllBytes());
        }
    }

    @GetMapping("/api/docs")
    public String docs() {
        return "api/docs";
    }
}

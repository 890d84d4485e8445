package org.equitylens.app.measure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.equitylens.app.audit.AuditService;
import org.equitylens.app.dataset.Dataset;
import org.equitylens.app.dataset.DatasetService;
import org.equitylens.app.security.CurrentUser;
import org.equitylens.app.user.Role;
import org.equitylens.app.web.NotFoundException;
import org.equitylens.codes.Dimension;
import org.equitylens.disclosure.DisclosurePolicy;
import org.equitylens.engine.cube.Cube;
import org.equitylens.engine.cube.Grain;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measures of an organisation and their results. Results are cached per measure, dimension and
 * audience, and dropped when the measure's dataset is re-imported or deleted. ADMIN and ANALYST see
 * the unsuppressed working view (each view audited); every other role and every export gets NHSD-2018.
 */
@Service
public class MeasureService {

    /** Who the results are for: the working view of analysts, or a protected view (other roles, exports). */
    public enum Audience { WORKING, PROTECTED }

    private record CacheKey(long datasetId, long measureId, String dimension, Audience audience) {
    }

    /** Results and, once the dashboard has been viewed, its rendered markup (which depends only on them). */
    private record Cached(MeasureResults results, AtomicReference<String> markup) {
    }

    /** A dashboard's results with the markup of the part of its page that shows them. */
    public record Dashboard(MeasureResults results, String markup) {
    }

    private final MeasureRepository measures;
    private final DatasetService datasets;
    private final AuditService audit;
    private final List<MeasureAnnotationSource> annotationSources;
    private final Map<CacheKey, Cached> cache = new ConcurrentHashMap<>();
    /** The values found in a dataset's open dimensions (site, sex …), by dataset and column; dropped with the results. */
    private final Map<String, List<Dimension.Category>> openValues = new ConcurrentHashMap<>();

    public MeasureService(MeasureRepository measures, DatasetService datasets, AuditService audit,
            List<MeasureAnnotationSource> annotationSources) {
        this.measures = measures;
        this.datasets = datasets;
        this.audit = audit;
        this.annotationSources = annotationSources;
        datasets.onDataChanged(datasetId -> {
            cache.keySet().removeIf(k -> k.datasetId() == datasetId);
            openValues.keySet().removeIf(k -> k.startsWith(datasetId + ":"));
        });
    }

    public List<Measure> list(CurrentUser user) {
        return measures.findByOrganisation(user.organisationId());
    }

    public Measure require(CurrentUser user, long id) {
        Measure measure = measures.findById(id).orElseThrow(NotFoundException::new);
        user.requireSameOrganisation(measure.organisationId());
        return measure;
    }

    /** The dimensions a dataset offers for splitting, as (column, label), standard ones first. */
    public List<Dimension> dimensionsOf(Dataset dataset) {
        List<String> columns = datasets.columns(dataset);
        List<Dimension> out = new ArrayList<>();
        for (Dimension d : Dimension.standard()) {
            if (columns.contains(d.column())) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * The groups a focus group can be chosen from, for each of the dimensions: a standard dimension's own list, an
     * open one's values in the dataset; never the not-stated codes.
     */
    public Map<String, List<Dimension.Category>> groupsOf(Dataset dataset, List<Dimension> dimensions) {
        Map<String, List<Dimension.Category>> out = new LinkedHashMap<>();
        for (Dimension d : dimensions) {
            List<Dimension.Category> groups = d.isClosed() ? d.categories()
                    : openValues.computeIfAbsent(dataset.id() + ":" + d.column(), k -> valuesIn(dataset, d.column()));
            out.put(d.column(), groups.stream().filter(c -> !MeasureAnalysis.NOT_STATED.contains(c.code())).toList());
        }
        return out;
    }

    /** The groups of a measure's dimensions, as {@link #groupsOf}. */
    public Map<String, List<Dimension.Category>> groupsOf(CurrentUser user, Measure measure) {
        Dataset dataset = datasets.require(user, measure.datasetId());
        return groupsOf(dataset, measure.dimensions().stream()
                .map(c -> Dimension.standard(c).orElse(Dimension.open(c, c))).toList());
    }

    private List<Dimension.Category> valuesIn(Dataset dataset, String column) {
        Cube cube = datasets.aggregate(dataset, Grain.YEAR, List.of(column), "rows", "rows");
        Set<String> values = new TreeSet<>();
        for (int i = 0; i < cube.size(); i++) {
            String value = cube.dimensionValue(i, 0);
            if (value != null && !value.isEmpty()) {
                values.add(value);
            }
        }
        List<Dimension.Category> out = new ArrayList<>();
        for (String v : values) {
            out.add(new Dimension.Category(v, v, out.size() + 1));
        }
        return out;
    }

    /** Creates the measure after checking the engine can aggregate it; returns its id or the engine's refusal. */
    @Transactional
    public long create(CurrentUser user, MeasureForm form) {
        user.requireRole(Role.ADMIN, Role.ANALYST);
        Dataset dataset = datasets.require(user, Long.parseLong(form.datasetId()));
        Measure measure = form.toMeasure(user.organisationId());
        datasets.aggregate(dataset, measure.grain(), measure.dimensions().isEmpty() ? List.of() : List.of(measure.dimensions().get(0)),
                measure.numerator(), measure.denominator());
        long id = measures.insert(measure, user.userId());
        audit.record(user, MeasureAuditActions.MEASURE_CREATED, "measure", id);
        for (Measure.Rebase rebase : measure.rebases()) {
            measures.addRebase(id, rebase, user.userId());
            audit.record(user, MeasureAuditActions.MEASURE_REBASED, "measure", id);
        }
        return id;
    }

    /** Records a rebase with its reason (never automatic) and drops the measure's cached results. */
    @Transactional
    public void rebase(CurrentUser user, Measure measure, Measure.Rebase rebase) {
        user.requireRole(Role.ADMIN, Role.ANALYST);
        measures.addRebase(measure.id(), rebase, user.userId());
        audit.record(user, MeasureAuditActions.MEASURE_REBASED, "measure", measure.id());
        cache.keySet().removeIf(k -> k.measureId() == measure.id());
    }

    /**
     * Sets the focus groups (already checked against the measure's groups), audited like every change to a
     * measure, and drops the measure's cached results, whose summary and gap charts lead with them.
     */
    @Transactional
    public void changeFocusGroups(CurrentUser user, Measure measure, Map<String, String> focus) {
        user.requireRole(Role.ADMIN, Role.ANALYST);
        measures.updateFocusGroups(measure.id(), focus);
        audit.record(user, MeasureAuditActions.MEASURE_FOCUS_CHANGED, "measure", measure.id());
        cache.keySet().removeIf(k -> k.measureId() == measure.id());
    }

    /** A PDSA cycle or note was pinned on the measure: its charts are drawn again on the next view. */
    @EventListener
    void annotationsChanged(MeasureAnnotationsChanged event) {
        cache.keySet().removeIf(k -> k.measureId() == event.measureId());
    }

    /** The audience a page view gets from the user's role. */
    public static Audience audienceOf(CurrentUser user) {
        return user.hasRole(Role.ADMIN, Role.ANALYST) ? Audience.WORKING : Audience.PROTECTED;
    }

    /**
     * Results for a dimension (null or unknown: the measure's first). A working view is audited; a
     * protected one has the disclosure policy applied.
     */
    public MeasureResults results(CurrentUser user, Measure measure, String dimension, Audience audience) {
        return cached(user, measure, dimension, audience).results();
    }

    /**
     * Results as {@link #results} does, with the markup {@code render} makes of them: rendered on the first view
     * and kept with the cached results (and dropped with them), so that later views only write it out.
     */
    public Dashboard dashboard(CurrentUser user, Measure measure, String dimension, Audience audience,
            Function<MeasureResults, String> render) {
        Cached cached = cached(user, measure, dimension, audience);
        String markup = cached.markup().get();
        if (markup == null) {
            cached.markup().compareAndSet(null, render.apply(cached.results()));
            markup = cached.markup().get();
        }
        return new Dashboard(cached.results(), markup);
    }

    private Cached cached(CurrentUser user, Measure measure, String dimension, Audience audience) {
        if (audience == Audience.WORKING) {
            user.requireRole(Role.ADMIN, Role.ANALYST);
            audit.record(user, MeasureAuditActions.MEASURE_UNSUPPRESSED_VIEWED, "measure", measure.id());
        }
        String dim = dimension != null && measure.dimensions().contains(dimension) ? dimension
                : measure.dimensions().isEmpty() ? null : measure.dimensions().get(0);
        Dataset dataset = datasets.require(user, measure.datasetId());
        CacheKey key = new CacheKey(dataset.id(), measure.id(), dim == null ? "" : dim, audience);
        return cache.computeIfAbsent(key, k -> new Cached(compute(dataset, measure, dim, audience), new AtomicReference<>()));
    }

    private MeasureResults compute(Dataset dataset, Measure measure, String dimension, Audience audience) {
        List<MeasureAnnotationSource.MeasureAnnotation> annotations = new ArrayList<>();
        annotationSources.forEach(s -> annotations.addAll(s.annotationsFor(measure.organisationId(), measure.id())));
        DisclosurePolicy policy = audience == Audience.PROTECTED ? MeasureAnalysis.defaultPolicy() : null;
        return new MeasureAnalysis(measure, (Grain grain, List<String> dims) -> datasets.aggregate(dataset, grain, dims,
                measure.numerator(), measure.denominator()), policy, annotations).run(dimension);
    }
}

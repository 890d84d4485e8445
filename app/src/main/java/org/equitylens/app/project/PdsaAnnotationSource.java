package org.equitylens.app.project;

import java.util.List;
import org.equitylens.app.measure.MeasureAnnotationSource;
import org.springframework.stereotype.Component;

/** Pins the organisation's PDSA cycles (at their start dates) and dated project notes on a measure's charts. */
@Component
class PdsaAnnotationSource implements MeasureAnnotationSource {

    private final ProjectRepository projects;

    PdsaAnnotationSource(ProjectRepository projects) {
        this.projects = projects;
    }

    @Override
    public List<MeasureAnnotation> annotationsFor(long organisationId, long measureId) {
        return projects.annotations(organisationId, measureId).stream()
                .map(row -> new MeasureAnnotation(row.date(), row.pdsa() ? "PDSA: " + row.label() : row.label(),
                        "/projects/" + row.projectId() + "/steps/5" + (row.pdsa() ? "#pdsa-" + row.id() : "#notes")))
                .toList();
    }
}

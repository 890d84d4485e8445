package org.equitylens.app.project;

import java.util.List;
import java.util.Optional;
import org.equitylens.app.measure.Measure;
import org.equitylens.app.measure.MeasureRepository;
import org.springframework.stereotype.Component;

/** The organisation's measures from the measures feature; another organisation's measure is not found. */
@Component
class AppMeasureLookup implements MeasureLookup {

    private final MeasureRepository measures;

    AppMeasureLookup(MeasureRepository measures) {
        this.measures = measures;
    }

    @Override
    public Optional<MeasureRef> find(long organisationId, long measureId) {
        return measures.findById(measureId).filter(m -> m.organisationId() == organisationId).map(AppMeasureLookup::ref);
    }

    @Override
    public List<MeasureRef> list(long organisationId) {
        return measures.findByOrganisation(organisationId).stream().map(AppMeasureLookup::ref).toList();
    }

    @Override
    public Optional<MeasureRef> findByName(long organisationId, String name) {
        return measures.findByOrganisation(organisationId).stream().filter(m -> m.name().equals(name)).findFirst()
                .map(AppMeasureLookup::ref);
    }

    @Override
    public String dashboardPath(long measureId) {
        return "/measures/" + measureId;
    }

    private static MeasureRef ref(Measure measure) {
        return new MeasureRef(measure.id(), measure.name());
    }
}

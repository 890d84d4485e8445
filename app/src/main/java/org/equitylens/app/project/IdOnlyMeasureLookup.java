package org.equitylens.app.project;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Until the measures feature is merged there is no measure table to check against: any positive id is
 * accepted as a link, named by its id. Replace this bean with one that reads the organisation's measures.
 */
@Component
class IdOnlyMeasureLookup implements MeasureLookup {

    @Override
    public Optional<MeasureRef> find(long organisationId, long measureId) {
        return measureId > 0 ? Optional.of(new MeasureRef(measureId, "Measure " + measureId)) : Optional.empty();
    }

    @Override
    public List<MeasureRef> list(long organisationId) {
        return List.of();
    }

    @Override
    public Optional<MeasureRef> findByName(long organisationId, String name) {
        return Optional.empty();
    }

    @Override
    public String dashboardPath(long measureId) {
        return "/measures/" + measureId;
    }
}

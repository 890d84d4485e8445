package org.equitylens.app.project;

import java.util.List;
import java.util.Optional;

/**
 * The organisation's measures as projects see them: to validate a linked measure id, name it, offer a list
 * to pick from and link to its dashboard. Swap the implementation when the measures feature is merged.
 */
public interface MeasureLookup {

    record MeasureRef(long id, String name) {
    }

    /** The measure when it exists in the organisation. */
    Optional<MeasureRef> find(long organisationId, long measureId);

    /** Measures to pick from; empty when the app cannot list them. */
    List<MeasureRef> list(long organisationId);

    Optional<MeasureRef> findByName(long organisationId, String name);

    String dashboardPath(long measureId);

    /** The measure's name, or its id when it is no longer there. */
    default String name(long organisationId, long measureId) {
        return find(organisationId, measureId).map(MeasureRef::name).orElse("Measure " + measureId);
    }
}

package org.equitylens.app.measure;

import org.equitylens.app.dataset.DatasetRepository;
import org.equitylens.app.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's measures and dataset and the audit count, for the measure feature's tests. */
abstract class MeasureAppTest extends AppTest {

    static final String MHA_MEASURE = "Detentions under the Mental Health Act";
    static final String SECTION_2_MEASURE = "Detentions under section 2";

    @Autowired
    DatasetRepository datasets;
    @Autowired
    MeasureRepository measures;

    Measure demoMeasure(String name) {
        return measures.findByOrganisation(demoOrganisationId()).stream()
                .filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    long demoDataset() {
        return datasets.findReadyByOrganisation(demoOrganisationId()).get(0).id();
    }

    long auditCount(String action, long objectId) {
        return jdbc.sql("select count(*) from audit_event where action = ? and object_id = ?")
                .params(action, String.valueOf(objectId)).query(Long.class).single();
    }
}

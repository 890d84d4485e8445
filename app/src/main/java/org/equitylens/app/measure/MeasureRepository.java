package org.equitylens.app.measure;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.equitylens.engine.cube.Grain;
import org.equitylens.spc.ImprovementDirection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class MeasureRepository {

    private final JdbcClient jdbc;

    public MeasureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Measure m, long userId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into measure (organisation_id, dataset_id, name, description, measure_type, numerator, denominator, grain, "
                        + "unit, multiplier, direction, target, chart, dimensions, reference_groups, focus_groups, created_by, "
                        + "created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(m.organisationId(), m.datasetId(), m.name(), m.description(), m.type().name(), m.numerator(), m.denominator(),
                        m.grain().name(), m.unit(), m.multiplier(), m.direction().name(), m.target(), m.chart().name(),
                        String.join(",", m.dimensions()), references(m.referenceGroups()), references(m.focusGroups()), userId, Timestamp.from(Instant.now()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void addRebase(long measureId, Measure.Rebase rebase, long userId) {
        jdbc.sql("insert into measure_rebase (measure_id, rebase_date, reason, created_by, created_at) values (?, ?, ?, ?, ?)")
                .params(measureId, Date.valueOf(rebase.date()), rebase.reason(), userId, Timestamp.from(Instant.now()))
                .update();
    }

    public void updateFocusGroups(long measureId, Map<String, String> focus) {
        jdbc.sql("update measure set focus_groups = ? where id = ?").params(references(focus), measureId).update();
    }

    public Optional<Measure> findById(long id) {
        return jdbc.sql("select * from measure where id = ?").param(id).query((rs, n) -> row(rs)).optional()
                .map(this::withRebases);
    }

    public List<Measure> findByOrganisation(long organisationId) {
        return jdbc.sql("select * from measure where organisation_id = ? order by name, id").param(organisationId)
                .query((rs, n) -> row(rs)).list().stream().map(this::withRebases).toList();
    }

    private Measure withRebases(Measure m) {
        List<Measure.Rebase> rebases = jdbc.sql("select rebase_date, reason from measure_rebase where measure_id = ? order by rebase_date")
                .param(m.id()).query((rs, n) -> new Measure.Rebase(rs.getDate(1).toLocalDate(), rs.getString(2))).list();
        return new Measure(m.id(), m.organisationId(), m.datasetId(), m.name(), m.description(), m.type(), m.numerator(),
                m.denominator(), m.grain(), m.unit(), m.multiplier(), m.direction(), m.target(), m.chart(), m.dimensions(),
                m.referenceGroups(), m.focusGroups(), rebases);
    }

    private static Measure row(java.sql.ResultSet rs) throws java.sql.SQLException {
        double target = rs.getDouble("target");
        Double t = rs.wasNull() ? null : target;
        String dims = rs.getString("dimensions");
        return new Measure(rs.getLong("id"), rs.getLong("organisation_id"), rs.getLong("dataset_id"), rs.getString("name"),
                rs.getString("description"), Measure.MeasureType.valueOf(rs.getString("measure_type")), rs.getString("numerator"),
                rs.getString("denominator"), Grain.valueOf(rs.getString("grain")), rs.getString("unit"), rs.getDouble("multiplier"),
                ImprovementDirection.valueOf(rs.getString("direction")), t, Measure.ChartType.valueOf(rs.getString("chart")),
                dims.isBlank() ? List.of() : Arrays.asList(dims.split(",")), parseReferences(rs.getString("reference_groups")),
                parseReferences(rs.getString("focus_groups")), List.of());
    }

    static String references(Map<String, String> refs) {
        return refs.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    static Map<String, String> parseReferences(String text) {
        Map<String, String> refs = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            for (String pair : text.split(";")) {
                int eq = pair.indexOf('=');
                refs.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return refs;
    }
}

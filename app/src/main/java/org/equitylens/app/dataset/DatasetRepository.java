package org.equitylens.app.dataset;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class DatasetRepository {

    private static final String SELECT = "select d.*, u.display_name as uploaded_by_name from dataset d "
            + "join app_user u on u.id = d.uploaded_by ";

    private static final RowMapper<Dataset> ROW = (rs, n) -> new Dataset(rs.getLong("id"), rs.getLong("organisation_id"),
            rs.getString("name"), rs.getString("engine_name"), DatasetKind.valueOf(rs.getString("kind")),
            DatasetStatus.valueOf(rs.getString("status")), rs.getString("source_file"),
            (Long) rs.getObject("row_count", Long.class),
            rs.getDate("period_start") == null ? null : rs.getDate("period_start").toLocalDate(),
            rs.getDate("period_end") == null ? null : rs.getDate("period_end").toLocalDate(),
            rs.getString("quality_headline"), rs.getString("failure"), rs.getLong("uploaded_by"),
            rs.getString("uploaded_by_name"), rs.getTimestamp("uploaded_at").toInstant(),
            rs.getTimestamp("imported_at") == null ? null : rs.getTimestamp("imported_at").toInstant());

    private final JdbcClient jdbc;

    public DatasetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long organisationId, String name, String engineName, DatasetKind kind, String sourceFile, long userId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into dataset (organisation_id, name, engine_name, kind, status, source_file, uploaded_by, uploaded_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(organisationId, name, engineName, kind.name(), DatasetStatus.UPLOADED.name(), sourceFile, userId,
                        Timestamp.from(Instant.now()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Dataset> findById(long id) {
        return jdbc.sql(SELECT + "where d.id = ?").param(id).query(ROW).optional();
    }

    public List<Dataset> findByOrganisation(long organisationId) {
        return jdbc.sql(SELECT + "where d.organisation_id = ? order by d.uploaded_at desc, d.id desc")
                .param(organisationId).query(ROW).list();
    }

    public List<Dataset> findReadyByOrganisation(long organisationId) {
        return jdbc.sql(SELECT + "where d.organisation_id = ? and d.status = 'READY' order by d.name")
                .param(organisationId).query(ROW).list();
    }

    public void markImporting(long id) {
        jdbc.sql("update dataset set status = 'IMPORTING', failure = null where id = ?").param(id).update();
    }

    public void markReady(long id, long rows, java.time.LocalDate from, java.time.LocalDate to, String headline) {
        jdbc.sql("update dataset set status = 'READY', row_count = ?, period_start = ?, period_end = ?, quality_headline = ?, "
                        + "failure = null, imported_at = ? where id = ?")
                .params(rows, from == null ? null : Date.valueOf(from), to == null ? null : Date.valueOf(to), headline,
                        Timestamp.from(Instant.now()), id)
                .update();
    }

    public void markFailed(long id, String failure) {
        jdbc.sql("update dataset set status = 'FAILED', failure = ? where id = ?").params(failure, id).update();
    }

    public void delete(long id) {
        jdbc.sql("delete from dataset where id = ?").param(id).update();
    }
}

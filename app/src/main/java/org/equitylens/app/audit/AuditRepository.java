package org.equitylens.app.audit;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inserts and reads audit events. There is deliberately no update or delete. */
@Repository
public class AuditRepository {

    private static final RowMapper<AuditEvent> ROW = (rs, n) -> new AuditEvent(
            rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
            (Long) rs.getObject("actor_user_id", Long.class), (Long) rs.getObject("organisation_id", Long.class),
            rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
            AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("client_address"),
            rs.getString("detail"));

    private final JdbcClient jdbc;

    public AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(AuditEvent e) {
        jdbc.sql("""
                insert into audit_event (occurred_at, actor_user_id, organisation_id, action, object_type,
                                         object_id, outcome, client_address, detail)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(e.occurredAt()), e.actorUserId(), e.organisationId(), e.action(),
                        e.objectType(), e.objectId(), e.outcome().name(), e.clientAddress(), e.detail())
                .update();
    }

    /** The actions that occur in an organisation's log, for the filter. */
    public List<String> actions(long organisationId) {
        return jdbc.sql("select distinct action from audit_event where organisation_id = ? order by action")
                .param(organisationId).query(String.class).list();
    }

    /** Newest first, at most {@code limit} events of one organisation. */
    public List<AuditEvent> find(long organisationId, AuditFilter filter, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(organisationId, filter, params);
        params.add(limit);
        return jdbc.sql("select * from audit_event where " + where + " order by occurred_at desc, id desc limit ?")
                .params(params).query(ROW).list();
    }

    /** Streams every matching event, oldest first, without holding them all in memory. */
    public void forEach(long organisationId, AuditFilter filter, Consumer<AuditEvent> consumer) {
        List<Object> params = new ArrayList<>();
        String where = where(organisationId, filter, params);
        try (var rows = jdbc.sql("select * from audit_event where " + where + " order by occurred_at, id")
                .params(params).query(ROW).stream()) {
            rows.forEach(consumer);
        }
    }

    private static String where(long organisationId, AuditFilter f, List<Object> params) {
        var sql = new StringBuilder("organisation_id = ?");
        params.add(organisationId);
        if (f.action() != null && !f.action().isBlank()) {
            sql.append(" and action = ?");
            params.add(f.action().strip());
        }
        if (f.outcome() != null) {
            sql.append(" and outcome = ?");
            params.add(f.outcome().name());
        }
        if (f.actorUserId() != null) {
            sql.append(" and actor_user_id = ?");
            params.add(f.actorUserId());
        }
        if (f.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(Timestamp.from(f.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (f.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(Timestamp.from(f.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        return sql.toString();
    }
}

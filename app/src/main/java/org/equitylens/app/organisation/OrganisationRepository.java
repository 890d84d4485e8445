package org.equitylens.app.organisation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class OrganisationRepository {

    private static final RowMapper<Organisation> ROW = (rs, n) -> new Organisation(
            rs.getLong("id"), rs.getString("name"), rs.getString("ods_code"),
            OrganisationType.valueOf(rs.getString("type")), rs.getTimestamp("created_at").toInstant());

    private final JdbcClient jdbc;

    public OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Organisation insert(String name, String odsCode, OrganisationType type) {
        Instant now = Instant.now();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into organisation (name, ods_code, type, created_at) values (?, ?, ?, ?)")
                .params(name, odsCode, type.name(), Timestamp.from(now))
                .update(keys, "id");
        return new Organisation(keys.getKey().longValue(), name, odsCode, type, now);
    }

    public void update(long id, String name, String odsCode, OrganisationType type) {
        jdbc.sql("update organisation set name = ?, ods_code = ?, type = ? where id = ?")
                .params(name, odsCode, type.name(), id).update();
    }

    public Optional<Organisation> findById(long id) {
        return jdbc.sql("select * from organisation where id = ?").param(id).query(ROW).optional();
    }

    public Optional<Organisation> findByName(String name) {
        return jdbc.sql("select * from organisation where lower(name) = lower(?)").param(name).query(ROW).optional();
    }

    /** The organisations the user belongs to, by name. */
    public List<Organisation> findForUser(long userId) {
        return jdbc.sql("""
                select o.* from organisation o join membership m on m.organisation_id = o.id
                where m.user_id = ? order by o.name""").param(userId).query(ROW).list();
    }
}

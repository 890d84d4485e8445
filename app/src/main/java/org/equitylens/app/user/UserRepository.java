package org.equitylens.app.user;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Users and memberships; plain SQL that runs on H2 and PostgreSQL alike. */
@Repository
public class UserRepository {

    private static final RowMapper<AppUser> USER = (rs, n) -> {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new AppUser(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                rs.getString("password_hash"), rs.getBoolean("active"), rs.getBoolean("must_change_password"),
                rs.getInt("failed_attempts"), locked == null ? null : locked.toInstant(),
                rs.getTimestamp("created_at").toInstant());
    };

    private static final RowMapper<Membership> MEMBERSHIP = (rs, n) -> new Membership(
            rs.getLong("user_id"), rs.getLong("organisation_id"), rs.getString("name"),
            Role.valueOf(rs.getString("role")));

    private final JdbcClient jdbc;

    public UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    public AppUser insert(String email, String displayName, String passwordHash, boolean mustChangePassword) {
        Instant now = Instant.now();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into app_user (email, display_name, password_hash, active, must_change_password,
                                      failed_attempts, locked_until, created_at)
                values (?, ?, ?, true, ?, 0, null, ?)""")
                .params(normaliseEmail(email), displayName, passwordHash, mustChangePassword, Timestamp.from(now))
                .update(keys, "id");
        return new AppUser(keys.getKey().longValue(), normaliseEmail(email), displayName, passwordHash, true,
                mustChangePassword, 0, null, now);
    }

    public Optional<AppUser> findById(long id) {
        return jdbc.sql("select * from app_user where id = ?").param(id).query(USER).optional();
    }

    public Optional<AppUser> findByEmail(String email) {
        return jdbc.sql("select * from app_user where email = ?").param(normaliseEmail(email)).query(USER).optional();
    }

    public void updatePassword(long userId, String passwordHash, boolean mustChange) {
        jdbc.sql("update app_user set password_hash = ?, must_change_password = ? where id = ?")
                .params(passwordHash, mustChange, userId).update();
    }

    public void setActive(long userId, boolean active) {
        jdbc.sql("update app_user set active = ? where id = ?").params(active, userId).update();
    }

    /** Counts one failed sign-in and returns the new count. */
    public int recordFailedAttempt(long userId) {
        jdbc.sql("update app_user set failed_attempts = failed_attempts + 1 where id = ?").param(userId).update();
        return jdbc.sql("select failed_attempts from app_user where id = ?").param(userId).query(Integer.class).single();
    }

    /** Locks the account until the given time and starts counting afresh for when the lock ends. */
    public void lockUntil(long userId, Instant until) {
        jdbc.sql("update app_user set locked_until = ?, failed_attempts = 0 where id = ?")
                .params(Timestamp.from(until), userId).update();
    }

    public void clearFailures(long userId) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where id = ?").param(userId).update();
    }

    public void addMembership(long userId, long organisationId, Role role) {
        jdbc.sql("insert into membership (user_id, organisation_id, role, created_at) values (?, ?, ?, ?)")
                .params(userId, organisationId, role.name(), Timestamp.from(Instant.now())).update();
    }

    public void updateRole(long userId, long organisationId, Role role) {
        jdbc.sql("update membership set role = ? where user_id = ? and organisation_id = ?")
                .params(role.name(), userId, organisationId).update();
    }

    public void removeMembership(long userId, long organisationId) {
        jdbc.sql("delete from membership where user_id = ? and organisation_id = ?").params(userId, organisationId).update();
    }

    public long countWithRole(long organisationId, Role role) {
        return jdbc.sql("select count(*) from membership where organisation_id = ? and role = ?")
                .params(organisationId, role.name()).query(Long.class).single();
    }

    public List<Membership> memberships(long userId) {
        return jdbc.sql("""
                select m.user_id, m.organisation_id, o.name, m.role
                from membership m join organisation o on o.id = m.organisation_id
                where m.user_id = ? order by o.name, o.id""").param(userId).query(MEMBERSHIP).list();
    }

    public Optional<Membership> membership(long userId, long organisationId) {
        return jdbc.sql("""
                select m.user_id, m.organisation_id, o.name, m.role
                from membership m join organisation o on o.id = m.organisation_id
                where m.user_id = ? and m.organisation_id = ?""")
                .params(userId, organisationId).query(MEMBERSHIP).optional();
    }

    public List<MemberRow> members(long organisationId, Instant now) {
        return jdbc.sql("""
                select u.id, u.email, u.display_name, u.active, u.locked_until, m.role
                from membership m join app_user u on u.id = m.user_id
                where m.organisation_id = ? order by u.display_name, u.id""")
                .param(organisationId)
                .query((rs, n) -> {
                    Timestamp locked = rs.getTimestamp("locked_until");
                    return new MemberRow(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                            rs.getBoolean("active"), locked != null && locked.toInstant().isAfter(now),
                            Role.valueOf(rs.getString("role")));
                }).list();
    }
}

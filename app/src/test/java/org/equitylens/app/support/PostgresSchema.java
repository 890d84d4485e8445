package org.equitylens.app.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the app at a schema of its own in the PostgreSQL test database, created once per test run and
 * dropped when the JVM exits, so concurrent or interrupted runs never collide.
 * Host, database and user can be overridden with EQUITYLENS_TEST_POSTGRES_URL / _USER / _PASSWORD.
 */
public class PostgresSchema implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String URL = env("EQUITYLENS_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = env("EQUITYLENS_TEST_POSTGRES_USER", "postgres");
    private static final String PASSWORD = env("EQUITYLENS_TEST_POSTGRES_PASSWORD", "");
    private static final String SCHEMA = "el_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static boolean created;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        createOnce();
        TestPropertyValues.of(
                "spring.datasource.url=" + URL + "?currentSchema=" + SCHEMA,
                "spring.datasource.username=" + USER,
                "spring.datasource.password=" + PASSWORD,
                "spring.flyway.schemas=" + SCHEMA,
                "spring.flyway.default-schema=" + SCHEMA).applyTo(context);
    }

    private static synchronized void createOnce() {
        if (created) {
            return;
        }
        execute("create schema " + SCHEMA);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("drop schema if exists " + SCHEMA + " cascade")));
        created = true;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
            connection.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test database: " + sql, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

package org.equitylens.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs an {@link AppTest} subclass against PostgreSQL at 127.0.0.1:5432 (database {@code test}) in a
 * fresh schema, only when {@code EQUITYLENS_TEST_POSTGRES=true}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfEnvironmentVariable(named = "EQUITYLENS_TEST_POSTGRES", matches = "true")
@ContextConfiguration(initializers = PostgresSchema.class)
public @interface OnPostgres {
}

package org.equitylens.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.equitylens.app.organisation.OrganisationRepository;
import org.equitylens.app.user.AppUser;
import org.equitylens.app.user.Role;
import org.equitylens.app.user.UserRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An empty database with EQUITYLENS_ADMIN_EMAIL / _PASSWORD set: that administrator exists after start. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:equitylens-first-start;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "equitylens.demo=false",
        "equitylens.admin.email=Chief.Admin@Trust.example",
        "equitylens.admin.password=a long admin password",
        "equitylens.admin.organisation=North Trust",
        "logging.level.root=WARN"})
class FirstStartTest {

    @Autowired
    UserRepository users;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void createsTheConfiguredAdministratorOnce() {
        assertThat(users.count()).isEqualTo(1);
        AppUser admin = users.findByEmail("chief.admin@trust.example").orElseThrow();
        assertThat(encoder.matches("a long admin password", admin.passwordHash())).isTrue();
        assertThat(admin.passwordHash()).startsWith("{bcrypt}");
        assertThat(admin.mustChangePassword()).isFalse();
        assertThat(users.memberships(admin.id())).singleElement().satisfies(m -> {
            assertThat(m.role()).isEqualTo(Role.ADMIN);
            assertThat(m.organisationName()).isEqualTo("North Trust");
        });
    }

    @Test
    void generatedPasswordsAreLongAndVaried() {
        String a = PasswordRules.generate();
        assertThat(a).hasSize(24).isNotEqualTo(PasswordRules.generate());
        assertThat(PasswordRules.problem(a)).isNull();
        assertThat(PasswordRules.problem("short")).contains("12 characters or more");
        assertThat(PasswordRules.problem("é".repeat(40))).contains("64 characters or fewer");
    }
}

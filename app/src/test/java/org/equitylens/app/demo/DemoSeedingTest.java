package org.equitylens.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.equitylens.app.organisation.OrganisationRepository;
import org.equitylens.app.user.Role;
import org.equitylens.app.user.UserRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;

/** {@code --demo} on an empty database: the demo trust, one user per role, then feature seeders in order. */
@SpringBootTest(args = "--demo", properties = {
        "spring.datasource.url=jdbc:h2:mem:equitylens-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "logging.level.root=WARN"})
class DemoSeedingTest {

    static final List<String> CALLS = new ArrayList<>();

    @TestConfiguration
    static class Seeders {
        @Bean
        DemoSeeder projects() {
            return seeder(300, "projects");
        }

        @Bean
        DemoSeeder datasets() {
            return seeder(100, "datasets");
        }

        private static DemoSeeder seeder(int order, String name) {
            return new DemoSeeder() {
                @Override
                public int order() {
                    return order;
                }

                @Override
                public void seed(DemoContext context) {
                    CALLS.add(name + "@" + context.organisationId() + " analyst=" + context.userId(Role.ANALYST));
                }
            };
        }
    }

    @Autowired
    UserRepository users;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    DemoData demo;

    @Test
    void seedsTheTrustItsUsersAndEveryFeatureOnceInOrder() {
        long trust = organisations.findByName(DemoAccounts.ORGANISATION_NAME).orElseThrow().id();
        for (DemoAccounts.Account account : DemoAccounts.ALL) {
            var user = users.findByEmail(account.email()).orElseThrow();
            assertThat(encoder.matches(account.password(), user.passwordHash())).isTrue();
            assertThat(users.membership(user.id(), trust).orElseThrow().role()).isEqualTo(account.role());
        }
        long analyst = users.findByEmail(DemoAccounts.forRole(Role.ANALYST).email()).orElseThrow().id();
        assertThat(CALLS).containsExactly("datasets@" + trust + " analyst=" + analyst,
                "projects@" + trust + " analyst=" + analyst);

        assertThat(demo.seedOnce()).isFalse();
        assertThat(CALLS).hasSize(2);
        // The demo accounts exist, so no first-start administrator is created.
        assertThat(users.count()).isEqualTo(DemoAccounts.ALL.size());
    }
}

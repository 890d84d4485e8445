package org.equitylens.app.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;
import org.equitylens.app.demo.DemoAccounts;
import org.equitylens.app.organisation.Organisation;
import org.equitylens.app.organisation.OrganisationService;
import org.equitylens.app.organisation.OrganisationType;
import org.equitylens.app.security.AppUserPrincipal;
import org.equitylens.app.user.AppUser;
import org.equitylens.app.user.Role;
import org.equitylens.app.user.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Base of the app's integration tests: the real app on a random port, with MockMvc, on an in-memory H2
 * database seeded with the demo. Every test class shares one Spring context per database; subclasses
 * annotated {@link OnPostgres} run the same tests on PostgreSQL. Tests create their own users and
 * organisations with unique names, so they never depend on each other's order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:equitylens-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "equitylens.demo=true",
        "logging.level.root=WARN"})
@AutoConfigureMockMvc
public abstract class AppTest {

    protected static final String PASSWORD = "correct horse battery";

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected UserRepository users;
    @Autowired
    protected OrganisationService organisations;
    @Autowired
    protected PasswordEncoder encoder;
    @Autowired
    protected JdbcClient jdbc;
    @LocalServerPort
    protected int port;

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected AppUser demoUser(Role role) {
        return users.findByEmail(DemoAccounts.forRole(role).email()).orElseThrow();
    }

    protected long demoOrganisationId() {
        return users.memberships(demoUser(Role.ADMIN).id()).stream()
                .filter(m -> m.organisationName().equals(DemoAccounts.ORGANISATION_NAME))
                .findFirst().orElseThrow().organisationId();
    }

    /** A new user with {@link #PASSWORD}, a member of the organisation with the role. */
    protected AppUser newUser(long organisationId, Role role) {
        AppUser user = users.insert(unique("user") + "@test.example", "Test User", encoder.encode(PASSWORD), false);
        users.addMembership(user.id(), organisationId, role);
        return user;
    }

    /** A new organisation with a new administrator. */
    protected Organisation newOrganisation() {
        AppUser admin = users.insert(unique("admin") + "@test.example", "Other Admin", encoder.encode(PASSWORD), false);
        return organisations.create(unique("Other Trust"), null, OrganisationType.NHS_TRUST, admin.id());
    }

    /** MockMvc request post-processor: signed in as that user. */
    protected static RequestPostProcessor as(AppUser user) {
        return user(new AppUserPrincipal(user.id(), user.email(), user.passwordHash(), true, false));
    }
}

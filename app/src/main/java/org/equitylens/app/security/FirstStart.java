package org.equitylens.app.security;

import org.equitylens.app.demo.DemoAccounts;
import org.equitylens.app.demo.DemoData;
import org.equitylens.app.organisation.OrganisationService;
import org.equitylens.app.organisation.OrganisationType;
import org.equitylens.app.user.AppUser;
import org.equitylens.app.user.UserRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On start: seeds the demo when asked ({@code --demo} or {@code EQUITYLENS_DEMO=true}), creates the first
 * administrator when there is no user at all, then prints where the app is and how to sign in.
 * A generated administrator password is printed to the console once and never logged or stored in clear.
 */
@Component
public class FirstStart implements ApplicationRunner {

    static final String DEFAULT_ADMIN_EMAIL = "admin@equitylens.local";

    private final UserRepository users;
    private final OrganisationService organisations;
    private final DemoData demo;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final boolean demoProperty;
    private final String adminEmail;
    private final String adminPassword;
    private final String organisationName;

    public FirstStart(UserRepository users, OrganisationService organisations, DemoData demo, PasswordEncoder encoder,
            TransactionTemplate transaction, Environment environment,
            @Value("${equitylens.demo:false}") boolean demoProperty,
            @Value("${equitylens.admin.email:}") String adminEmail,
            @Value("${equitylens.admin.password:}") String adminPassword,
            @Value("${equitylens.admin.organisation:My organisation}") String organisationName) {
        this.users = users;
        this.organisations = organisations;
        this.demo = demo;
        this.encoder = encoder;
        this.transaction = transaction;
        this.environment = environment;
        this.demoProperty = demoProperty;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
        this.organisationName = organisationName;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean demoMode = demoProperty || args.containsOption("demo");
        if (demoMode) {
            demo.seedOnce();
        }
        String generated = transaction.execute(status -> users.count() == 0 ? createFirstAdmin() : null);
        print(demoMode, generated);
    }

    /** Returns the generated password, or null when it came from EQUITYLENS_ADMIN_PASSWORD. */
    private String createFirstAdmin() {
        String email = adminEmail.isBlank() ? DEFAULT_ADMIN_EMAIL : adminEmail.strip();
        if (!email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalStateException("EQUITYLENS_ADMIN_EMAIL is not an email address");
        }
        String password = adminPassword.isEmpty() ? PasswordRules.generate() : adminPassword;
        String problem = PasswordRules.problem(password);
        if (problem != null) {
            throw new IllegalStateException("EQUITYLENS_ADMIN_PASSWORD: " + problem);
        }
        AppUser admin = users.insert(email, "Administrator", encoder.encode(password), adminPassword.isEmpty());
        organisations.create(organisationName, null, OrganisationType.OTHER, admin.id());
        return adminPassword.isEmpty() ? password : null;
    }

    private void print(boolean demoMode, String generatedPassword) {
        String url = "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080"))
                + environment.getProperty("server.servlet.context-path", "") + "/";
        var out = new StringBuilder("\n  EquityLens is running at ").append(url).append('\n');
        if (generatedPassword != null) {
            out.append("\n  First start: an administrator was created.\n")
                    .append("    email:    ").append(adminEmail.isBlank() ? DEFAULT_ADMIN_EMAIL : "as in EQUITYLENS_ADMIN_EMAIL")
                    .append("\n    password: ").append(generatedPassword)
                    .append("\n  This password is shown only now; you will be asked to change it when you sign in.\n");
        } else if (!adminEmail.isBlank()) {
            out.append("\n  Sign in with EQUITYLENS_ADMIN_EMAIL and EQUITYLENS_ADMIN_PASSWORD.\n");
        }
        if (demoMode) {
            out.append("\n  Demo mode: ").append(DemoAccounts.ORGANISATION_NAME).append(", sign in as\n");
            DemoAccounts.ALL.forEach(a -> out.append(String.format("    %-12s %-28s %s%n", a.role(), a.email(), a.password())));
        }
        // Printed, not logged: this is instructions for the person at the console, not a log record.
        System.out.println(out);
    }
}

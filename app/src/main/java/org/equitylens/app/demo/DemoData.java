package org.equitylens.app.demo;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.equitylens.app.organisation.Organisation;
import org.equitylens.app.organisation.OrganisationRepository;
import org.equitylens.app.organisation.OrganisationType;
import org.equitylens.app.user.AppUser;
import org.equitylens.app.user.Role;
import org.equitylens.app.user.UserRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo organisation, one user per role and then every {@link DemoSeeder}, once: when the demo
 * organisation already exists nothing is touched, so restarting with {@code --demo} is safe.
 */
@Service
public class DemoData {

    private final OrganisationRepository organisations;
    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final List<DemoSeeder> seeders;

    public DemoData(OrganisationRepository organisations, UserRepository users, PasswordEncoder encoder,
            List<DemoSeeder> seeders) {
        this.organisations = organisations;
        this.users = users;
        this.encoder = encoder;
        this.seeders = seeders;
    }

    /** Returns true when it seeded now, false when the demo data was already there. */
    @Transactional
    public boolean seedOnce() {
        if (organisations.findByName(DemoAccounts.ORGANISATION_NAME).isPresent()) {
            return false;
        }
        Organisation trust = organisations.insert(DemoAccounts.ORGANISATION_NAME, DemoAccounts.ORGANISATION_ODS,
                OrganisationType.NHS_TRUST);
        Map<Role, Long> ids = new EnumMap<>(Role.class);
        for (DemoAccounts.Account account : DemoAccounts.ALL) {
            AppUser user = users.findByEmail(account.email()).orElseGet(() -> users.insert(account.email(),
                    account.displayName(), encoder.encode(account.password()), false));
            users.addMembership(user.id(), trust.id(), account.role());
            ids.put(account.role(), user.id());
        }
        var context = new DemoContext(trust.id(), Map.copyOf(ids));
        seeders.stream()
                .sorted(Comparator.comparingInt(DemoSeeder::order))
                .forEach(seeder -> seeder.seed(context));
        return true;
    }
}

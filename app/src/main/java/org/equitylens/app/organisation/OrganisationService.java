package org.equitylens.app.organisation;

import java.util.Locale;
import org.equitylens.app.audit.AuditActions;
import org.equitylens.app.audit.AuditOutcome;
import org.equitylens.app.audit.AuditService;
import org.equitylens.app.security.CurrentUser;
import org.equitylens.app.user.Role;
import org.equitylens.app.user.UserRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrganisationService {

    public static final String OBJECT_TYPE = "ORGANISATION";

    private final OrganisationRepository organisations;
    private final UserRepository users;
    private final AuditService audit;

    public OrganisationService(OrganisationRepository organisations, UserRepository users, AuditService audit) {
        this.organisations = organisations;
        this.users = users;
        this.audit = audit;
    }

    public boolean nameTaken(String name) {
        return organisations.findByName(name.strip()).isPresent();
    }

    /** Creates an organisation with the given user as its first administrator. */
    @Transactional
    public Organisation create(String name, String odsCode, OrganisationType type, long firstAdminUserId) {
        String ods = odsCode == null || odsCode.isBlank() ? null : odsCode.strip().toUpperCase(Locale.ROOT);
        Organisation created = organisations.insert(name.strip(), ods, type);
        users.addMembership(firstAdminUserId, created.id(), Role.ADMIN);
        return created;
    }

    /** Created by a signed-in administrator: audited against the new organisation. */
    @Transactional
    public Organisation create(CurrentUser admin, OrganisationForm form) {
        Organisation created = create(form.name(), form.odsCode(), form.type(), admin.userId());
        audit.record(admin.userId(), created.id(), AuditActions.ORGANISATION_CREATED, OBJECT_TYPE, created.id(),
                AuditOutcome.SUCCESS);
        return created;
    }
}

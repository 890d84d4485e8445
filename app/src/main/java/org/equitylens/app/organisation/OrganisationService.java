package org.equitylens.app.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.equitylens.app.audit.AuditActions;
import org.equitylens.app.audit.AuditOutcome;
import org.equitylens.app.audit.AuditService;
import org.equitylens.app.security.CurrentUser;
import org.equitylens.app.user.Membership;
import org.equitylens.app.user.Role;
import org.equitylens.app.user.UserRepository;
import org.equitylens.app.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
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

    /** Whether another organisation than {@code organisationId} already has the name. */
    public boolean nameTakenByAnother(String name, long organisationId) {
        return organisations.findByName(name.strip()).filter(o -> o.id() != organisationId).isPresent();
    }

    private static String normaliseOdsCode(String odsCode) {
        return odsCode == null || odsCode.isBlank() ? null : odsCode.strip().toUpperCase(Locale.ROOT);
    }

    /** Creates an organisation with the given user as its first administrator. */
    @Transactional
    public Organisation create(String name, String odsCode, OrganisationType type, long firstAdminUserId) {
        Organisation created = organisations.insert(name.strip(), normaliseOdsCode(odsCode), type);
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

    /**
     * An organisation the user administers; 404 when they are not a member (its existence stays hidden),
     * 403 when they are a member without the ADMIN role.
     */
    public Organisation requireAdministered(CurrentUser user, long organisationId) {
        Membership membership = user.memberships().stream().filter(m -> m.organisationId() == organisationId)
                .findFirst().orElseThrow(NotFoundException::new);
        if (membership.role() != Role.ADMIN) {
            throw new AccessDeniedException("Only an administrator of the organisation may change it");
        }
        return organisations.findById(organisationId).orElseThrow(NotFoundException::new);
    }

    /** Changes name, ODS code and type; audited in that organisation's log with the fields that changed. */
    @Transactional
    public Organisation update(CurrentUser admin, long organisationId, OrganisationForm form) {
        Organisation before = requireAdministered(admin, organisationId);
        var after = new Organisation(organisationId, form.name().strip(), normaliseOdsCode(form.odsCode()), form.type(),
                before.createdAt());
        organisations.update(organisationId, after.name(), after.odsCode(), after.type());
        audit.record(admin.userId(), organisationId, AuditActions.ORGANISATION_UPDATED, OBJECT_TYPE, organisationId,
                AuditOutcome.SUCCESS, changedFields(before, after));
        return after;
    }

    /** Which fields changed, as codes only: the name and ODS code are named, not quoted. */
    static String changedFields(Organisation before, Organisation after) {
        List<String> changed = new ArrayList<>();
        if (!before.name().equals(after.name())) {
            changed.add("name");
        }
        if (!Objects.equals(before.odsCode(), after.odsCode())) {
            changed.add("ODS code");
        }
        if (before.type() != after.type()) {
            changed.add("type " + AuditService.change(before.type(), after.type()));
        }
        return changed.isEmpty() ? "no change" : String.join(", ", changed);
    }
}

package org.equitylens.app.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.equitylens.app.demo.DemoAccounts;
import org.equitylens.app.organisation.OrganisationRepository;
import org.equitylens.app.organisation.OrganisationType;
import org.equitylens.app.security.CurrentUser;
import org.equitylens.app.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/**
 * The administrator's pages: adding and removing people, roles, creating and changing organisations and the
 * audit log, with bad input.
 */
abstract class AdminPagesTests extends AppTest {

    @Autowired
    UserAdminService userAdmin;
    @Autowired
    OrganisationRepository organisationRepository;

    @Test
    void invalidNewUserShowsTheErrorSummaryAndKeepsWhatWasTyped() throws Exception {
        String longName = "N".repeat(101);
        mvc.perform(post("/admin/users/new").with(as(demoUser(Role.ADMIN))).with(csrf())
                        .param("email", "not-an-email").param("displayName", longName).param("initialPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Add a user")))
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#email\"")))
                .andExpect(content().string(containsString("Enter an email address in the correct format")))
                .andExpect(content().string(containsString("Name must be 100 characters or fewer")))
                .andExpect(content().string(containsString("Select a role")))
                .andExpect(content().string(containsString("Password must be 12 characters or more")))
                .andExpect(content().string(containsString("value=\"not-an-email\"")))
                .andExpect(content().string(containsString("value=\"" + longName + "\"")))
                .andExpect(content().string(not(containsString("value=\"short\""))));
    }

    @Test
    void addingAUserWithoutAPasswordShowsAGeneratedOneOnceAndForcesAChange() throws Exception {
        String email = unique("new") + "@test.example";
        String page = mvc.perform(post("/admin/users/new").with(as(demoUser(Role.ADMIN))).with(csrf())
                        .param("email", email).param("displayName", "Nia New").param("role", "CO_PRODUCER"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("id=\"one-time-password\">([^<]+)<").matcher(page);
        assertThat(m.find()).isTrue();
        AppUser created = users.findByEmail(email).orElseThrow();
        assertThat(encoder.matches(m.group(1), created.passwordHash())).isTrue();
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(users.membership(created.id(), demoOrganisationId()).orElseThrow().role()).isEqualTo(Role.CO_PRODUCER);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'USER_CREATED' and object_id = ?")
                .param(String.valueOf(created.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anExistingAccountIsAddedToTheOrganisationWithItsPasswordUnchanged() throws Exception {
        var other = newOrganisation();
        AppUser elsewhere = newUser(other.id(), Role.ANALYST);
        mvc.perform(post("/admin/users/new").with(as(demoUser(Role.ADMIN))).with(csrf())
                        .param("email", elsewhere.email().toUpperCase()).param("displayName", "Ignored")
                        .param("role", "VIEWER"))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(users.membership(elsewhere.id(), demoOrganisationId()).orElseThrow().role()).isEqualTo(Role.VIEWER);
        assertThat(encoder.matches(PASSWORD, users.findById(elsewhere.id()).orElseThrow().passwordHash())).isTrue();
        mvc.perform(post("/admin/users/new").with(as(demoUser(Role.ADMIN))).with(csrf())
                        .param("email", elsewhere.email()).param("displayName", "Again").param("role", "VIEWER"))
                .andExpect(content().string(containsString("This person is already a member")));
    }

    @Test
    void aForgottenPasswordIsReplacedByANewOneTimePassword() throws Exception {
        AppUser user = newUser(demoOrganisationId(), Role.MEMBER);
        String page = mvc.perform(post("/admin/users/" + user.id() + "/password")
                        .with(as(demoUser(Role.ADMIN))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has a new one-time password")))
                .andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("id=\"one-time-password\">([^<]+)<").matcher(page);
        assertThat(m.find()).isTrue();
        AppUser after = users.findById(user.id()).orElseThrow();
        assertThat(encoder.matches(m.group(1), after.passwordHash())).isTrue();
        assertThat(after.mustChangePassword()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PASSWORD_RESET' and object_id = ?")
                .param(String.valueOf(user.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void rolesChangeAndAreAudited() throws Exception {
        AppUser user = newUser(demoOrganisationId(), Role.MEMBER);
        mvc.perform(post("/admin/users/" + user.id() + "/role").param("role", "ANALYST")
                        .with(as(demoUser(Role.ADMIN))).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + user.id()));
        assertThat(users.membership(user.id(), demoOrganisationId()).orElseThrow().role()).isEqualTo(Role.ANALYST);
        assertThat(jdbc.sql("select detail from audit_event where action = 'ROLE_CHANGED' and object_id = ?")
                .param(String.valueOf(user.id())).query(String.class).list()).containsExactly("MEMBER \u2192 ANALYST");
        mvc.perform(get("/admin/users/" + user.id()).with(as(demoUser(Role.ADMIN))))
                .andExpect(content().string(containsString("Analyst")));
        mvc.perform(post("/admin/users/" + user.id() + "/role").param("role", "VIEWER")
                .with(as(demoUser(Role.ADMIN))).with(csrf()));
        assertThat(jdbc.sql("select detail from audit_event where action = 'ROLE_CHANGED' and object_id = ? order by id")
                .param(String.valueOf(user.id())).query(String.class).list())
                .containsExactly("MEMBER \u2192 ANALYST", "ANALYST \u2192 VIEWER");
    }

    @Test
    void anAdministratorCannotDemoteThemselves() throws Exception {
        AppUser admin = newUser(demoOrganisationId(), Role.ADMIN);
        mvc.perform(post("/admin/users/" + admin.id() + "/role").param("role", "VIEWER").with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + admin.id()));
        assertThat(users.membership(admin.id(), demoOrganisationId()).orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void creatingAnOrganisationMakesTheCreatorItsAdministrator() throws Exception {
        String name = unique("Community Voices");
        AppUser admin = newUser(demoOrganisationId(), Role.ADMIN);
        mvc.perform(post("/admin/organisations/new").with(as(admin)).with(csrf())
                        .param("name", name).param("odsCode", "ab1").param("type", "VCSE"))
                .andExpect(redirectedUrl("/admin/organisations"));
        var created = users.memberships(admin.id()).stream().filter(m -> m.organisationName().equals(name)).findFirst()
                .orElseThrow();
        assertThat(created.role()).isEqualTo(Role.ADMIN);
        mvc.perform(get("/admin/organisations").with(as(admin)))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("AB1")));
    }

    @Test
    void invalidOrganisationKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/admin/organisations/new").with(as(demoUser(Role.ADMIN))).with(csrf())
                        .param("name", "").param("odsCode", "not an ods code!"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the organisation name")))
                .andExpect(content().string(containsString("ODS code must be 3 to 10 letters or numbers")))
                .andExpect(content().string(containsString("Select the type of organisation")))
                .andExpect(content().string(containsString("value=\"not an ods code!\"")));
    }

    @Test
    void aWrongTypeInAFormIsAnErrorMessageNotAStackTrace() throws Exception {
        mvc.perform(post("/admin/organisations/new").with(as(demoUser(Role.ADMIN))).with(csrf())
                        .param("name", unique("Trust")).param("type", "HOSPITAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Select the type of organisation")))
                .andExpect(content().string(not(containsString("convert"))))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void theAuditLogFiltersAndExportsCsvWithoutPersonalData() throws Exception {
        AppUser admin = demoUser(Role.ADMIN);
        AppUser user = newUser(demoOrganisationId(), Role.MEMBER);
        mvc.perform(post("/admin/users/" + user.id() + "/role").param("role", "VIEWER").with(as(admin)).with(csrf()));
        mvc.perform(get("/admin/audit").param("action", "ROLE_CHANGED").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("USER " + user.id())))
                .andExpect(content().string(containsString("<th class=\"nhsuk-table__header\" scope=\"col\">Detail</th>")))
                .andExpect(content().string(containsString(">MEMBER \u2192 VIEWER</td>")))
                .andExpect(content().string(not(containsString("SIGN_IN</td>"))));
        String csv = mvc.perform(get("/admin/audit.csv").param("action", "ROLE_CHANGED").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("id,occurred_at,actor_user_id,organisation_id,action,object_type,object_id,outcome");
        assertThat(csv).startsWith("id,occurred_at,actor_user_id,organisation_id,action,object_type,object_id,outcome,"
                + "client_address,detail\r\n");
        assertThat(csv).containsPattern(",ROLE_CHANGED,USER," + user.id() + ",SUCCESS,[^,]*,MEMBER \u2192 VIEWER\r\n");
        assertThat(csv).doesNotContain(user.email()).doesNotContain("@");
    }

    @Test
    void theAuditLogOfAnotherOrganisationIsNotShown() throws Exception {
        var other = newOrganisation();
        AppUser otherAdmin = newUser(other.id(), Role.ADMIN);
        AppUser ours = newUser(demoOrganisationId(), Role.MEMBER);
        mvc.perform(post("/admin/users/" + ours.id() + "/role").param("role", "VIEWER")
                .with(as(demoUser(Role.ADMIN))).with(csrf()));
        mvc.perform(get("/admin/audit").with(as(otherAdmin)))
                .andExpect(content().string(not(containsString("USER " + ours.id() + "<"))));
    }

    @Test
    void badAuditFilterIsAClearErrorPage() throws Exception {
        mvc.perform(get("/admin/audit").param("from", "yesterday").with(as(demoUser(Role.ADMIN))))
                .andExpect(status().isBadRequest());
    }

    private long auditCount(String action, long organisationId, String objectId, String detail) {
        return jdbc.sql("""
                select count(*) from audit_event
                where action = ? and organisation_id = ? and object_id = ? and detail = ?""")
                .params(action, organisationId, objectId, detail).query(Long.class).single();
    }

    @Test
    void removingAMemberAsksForConfirmationThenRemovesAndAuditsIt() throws Exception {
        AppUser admin = demoUser(Role.ADMIN);
        AppUser user = newUser(demoOrganisationId(), Role.ANALYST);
        String removal = "/admin/users/" + user.id() + "/remove";
        mvc.perform(get("/admin/users/" + user.id()).with(as(admin)))
                .andExpect(content().string(containsString("href=\"" + removal + "\"")));
        var session = new MockHttpSession();
        mvc.perform(get(removal).with(as(admin)).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Remove Test User from " + DemoAccounts.ORGANISATION_NAME + "?</h1>")))
                .andExpect(content().string(containsString("action=\"" + removal + "\" method=\"post\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        // Looking at the confirmation page changes nothing; a forged post without the token neither.
        assertThat(users.membership(user.id(), demoOrganisationId())).isPresent();
        mvc.perform(post(removal).with(as(admin)).session(session)).andExpect(status().isForbidden());
        assertThat(users.membership(user.id(), demoOrganisationId())).isPresent();

        mvc.perform(post(removal).with(as(admin)).with(csrf())).andExpect(redirectedUrl("/admin/users"));
        assertThat(users.membership(user.id(), demoOrganisationId())).isEmpty();
        assertThat(users.findById(user.id())).isPresent();
        assertThat(auditCount("MEMBERSHIP_REMOVED", demoOrganisationId(), String.valueOf(user.id()), "ANALYST")).isEqualTo(1);
        mvc.perform(get("/admin/users/" + user.id()).with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/datasets").with(as(user))).andExpect(status().isForbidden());
    }

    @Test
    void nobodyRemovesThemselvesNorTheLastAdministrator() throws Exception {
        AppUser admin = newUser(demoOrganisationId(), Role.ADMIN);
        String ownRemoval = "/admin/users/" + admin.id() + "/remove";
        mvc.perform(get(ownRemoval).with(as(admin))).andExpect(redirectedUrl("/admin/users/" + admin.id()))
                .andExpect(flash().attribute("problem", "You cannot remove yourself. Ask another administrator."));
        mvc.perform(post(ownRemoval).with(as(admin)).with(csrf())).andExpect(redirectedUrl("/admin/users/" + admin.id()));
        assertThat(users.membership(admin.id(), demoOrganisationId())).isPresent();

        // Someone demoted a moment ago still holds a page signed in as ADMIN: the last administrator stays.
        var other = newOrganisation();
        long soleAdmin = users.members(other.id(), Instant.now()).get(0).userId();
        AppUser demoted = newUser(other.id(), Role.MEMBER);
        var stale = new CurrentUser(demoted.id(), "Demoted", other.id(), other.name(), Role.ADMIN, users.memberships(demoted.id()));
        assertThat(userAdmin.remove(stale, soleAdmin)).contains("is the last administrator of " + other.name());
        assertThat(users.membership(soleAdmin, other.id())).isPresent();
    }

    @Test
    void removalIsForAdministratorsOfTheMembersOrganisationOnly() throws Exception {
        AppUser ours = newUser(demoOrganisationId(), Role.MEMBER);
        AppUser otherAdmin = newUser(newOrganisation().id(), Role.ADMIN);
        String removal = "/admin/users/" + ours.id() + "/remove";
        mvc.perform(get(removal).with(as(otherAdmin))).andExpect(status().isNotFound());
        mvc.perform(post(removal).with(as(otherAdmin)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(removal).with(as(demoUser(Role.ANALYST))).with(csrf())).andExpect(status().isForbidden());
        assertThat(users.membership(ours.id(), demoOrganisationId())).isPresent();
    }

    @Test
    void anAdministratorChangesTheOrganisationsDetailsAndTheChangeIsAudited() throws Exception {
        AppUser admin = newUser(demoOrganisationId(), Role.ADMIN);
        var organisation = organisations.create(unique("Riverside Trust"), "rxx", OrganisationType.NHS_TRUST, admin.id());
        String edit = "/admin/organisations/" + organisation.id() + "/edit";
        mvc.perform(get("/admin/organisations").with(as(admin)))
                .andExpect(content().string(containsString("href=\"" + edit + "\"")));
        mvc.perform(get(edit).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Change the details of " + organisation.name())))
                .andExpect(content().string(containsString("value=\"" + organisation.name() + "\"")))
                .andExpect(content().string(containsString("value=\"RXX\"")));

        mvc.perform(post(edit).with(as(admin)).with(csrf()).param("name", "").param("odsCode", "not an ods code!"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Change the details of " + organisation.name())))
                .andExpect(content().string(containsString("href=\"#name\">Enter the organisation name")))
                .andExpect(content().string(containsString("href=\"#odsCode\">ODS code must be 3 to 10 letters or numbers")))
                .andExpect(content().string(containsString("href=\"#type\">Select the type of organisation")))
                .andExpect(content().string(containsString("value=\"not an ods code!\"")));
        mvc.perform(post(edit).with(as(admin)).with(csrf()).param("name", DemoAccounts.ORGANISATION_NAME.toUpperCase())
                        .param("type", "ICB"))
                .andExpect(content().string(containsString("An organisation with this name already exists")));
        assertThat(organisations.nameTakenByAnother(organisation.name(), organisation.id())).isFalse();

        String renamed = unique("Riverside ICB");
        mvc.perform(post(edit).with(as(admin)).with(csrf()).param("name", " " + renamed + " ").param("odsCode", "qrl")
                        .param("type", "ICB"))
                .andExpect(redirectedUrl("/admin/organisations"));
        var after = organisationRepository.findById(organisation.id()).orElseThrow();
        assertThat(after).extracting(o -> o.name(), o -> o.odsCode(), o -> o.type())
                .containsExactly(renamed, "QRL", OrganisationType.ICB);
        assertThat(auditCount("ORGANISATION_UPDATED", organisation.id(), String.valueOf(organisation.id()),
                "name, ODS code, type NHS_TRUST \u2192 ICB")).isEqualTo(1);
        // Its own name is not "taken": changing only the type keeps it.
        mvc.perform(post(edit).with(as(admin)).with(csrf()).param("name", renamed).param("odsCode", "QRL")
                        .param("type", "VCSE"))
                .andExpect(redirectedUrl("/admin/organisations"));
        assertThat(auditCount("ORGANISATION_UPDATED", organisation.id(), String.valueOf(organisation.id()),
                "type ICB \u2192 VCSE")).isEqualTo(1);
    }

    @Test
    void onlyAnAdministratorOfTheOrganisationChangesIt() throws Exception {
        var organisation = newOrganisation();
        String edit = "/admin/organisations/" + organisation.id() + "/edit";
        AppUser outsider = demoUser(Role.ADMIN);
        mvc.perform(get(edit).with(as(outsider))).andExpect(status().isNotFound());
        mvc.perform(post(edit).with(as(outsider)).with(csrf()).param("name", unique("Taken over")).param("type", "ICB"))
                .andExpect(status().isNotFound());
        // An administrator of our organisation who is only a viewer in that one.
        AppUser viewerThere = newUser(demoOrganisationId(), Role.ADMIN);
        users.addMembership(viewerThere.id(), organisation.id(), Role.VIEWER);
        mvc.perform(get(edit).with(as(viewerThere))).andExpect(status().isForbidden());
        mvc.perform(post(edit).with(as(viewerThere)).with(csrf()).param("name", unique("Taken over")).param("type", "ICB"))
                .andExpect(status().isForbidden());
        AppUser adminThere = newUser(organisation.id(), Role.ADMIN);
        var session = new MockHttpSession();
        mvc.perform(get(edit).with(as(adminThere)).session(session)).andExpect(status().isOk());
        mvc.perform(post(edit).with(as(adminThere)).session(session).param("name", unique("Forged")).param("type", "ICB"))
                .andExpect(status().isForbidden());
        assertThat(organisationRepository.findById(organisation.id()).orElseThrow().name()).isEqualTo(organisation.name());
    }
}

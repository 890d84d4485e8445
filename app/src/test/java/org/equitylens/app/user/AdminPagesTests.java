package org.equitylens.app.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.equitylens.app.support.AppTest;
import org.junit.jupiter.api.Test;

/** The administrator's pages: adding people, roles, organisations and the audit log, with bad input. */
abstract class AdminPagesTests extends AppTest {

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
}

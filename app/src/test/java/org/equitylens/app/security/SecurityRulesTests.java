package org.equitylens.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.equitylens.app.demo.DemoAccounts;
import org.equitylens.app.organisation.Organisation;
import org.equitylens.app.support.AppTest;
import org.equitylens.app.user.AppUser;
import org.equitylens.app.user.Role;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/** Sign-in, lock-out, CSRF, headers and who may reach what. Runs on H2 and (see subclasses) PostgreSQL. */
abstract class SecurityRulesTests extends AppTest {

    private long auditCount(String action, Long actor, String outcome) {
        return jdbc.sql("select count(*) from audit_event where action = ? and actor_user_id = ? and outcome = ?")
                .params(action, actor, outcome).query(Long.class).single();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection());
    }

    @Test
    void anExpiredSessionIsSentToSignInWithAnExplanation() throws Exception {
        mvc.perform(get("/").with(request -> {
                    request.setRequestedSessionId("expired-session");
                    request.setRequestedSessionIdValid(false);
                    return request;
                }))
                .andExpect(redirectedUrl("/sign-in?timedOut"));
        mvc.perform(get("/sign-in").param("timedOut", ""))
                .andExpect(content().string(containsString("You were signed out because you had not done anything")));
    }

    @Test
    void healthIsPublicAndShowsStatusOnly() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"status\":\"UP\"")))
                .andExpect(content().string(not(containsString("components"))));
        mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
    }

    @Test
    void demoAnalystSignsInAndTheSignInIsAudited() throws Exception {
        AppUser analyst = demoUser(Role.ANALYST);
        long before = auditCount("SIGN_IN", analyst.id(), "SUCCESS");
        mvc.perform(formLogin("/sign-in").user("email", DemoAccounts.forRole(Role.ANALYST).email())
                        .password(DemoAccounts.forRole(Role.ANALYST).password()))
                .andExpect(redirectedUrl("/"));
        assertThat(auditCount("SIGN_IN", analyst.id(), "SUCCESS")).isEqualTo(before + 1);
    }

    @Test
    void emailIsCaseInsensitiveAtSignIn() throws Exception {
        mvc.perform(formLogin("/sign-in").user("email", DemoAccounts.forRole(Role.VIEWER).email().toUpperCase())
                        .password(DemoAccounts.forRole(Role.VIEWER).password()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void wrongPasswordGivesOneGenericMessageAndKeepsTheEmail() throws Exception {
        AppUser user = newUser(demoOrganisationId(), Role.MEMBER);
        var session = new MockHttpSession();
        mvc.perform(post("/sign-in").param("email", user.email()).param("password", "wrong password!")
                        .with(csrf()).session(session))
                .andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(get("/sign-in").param("error", "").session(session))
                .andExpect(content().string(containsString("Enter a correct email address and password")))
                .andExpect(content().string(containsString("nhsuk-error-summary")))
                .andExpect(content().string(containsString("value=\"" + user.email() + "\"")))
                .andExpect(content().string(containsString("<title>Error: Sign in")));
        assertThat(auditCount("SIGN_IN", user.id(), "FAILURE")).isEqualTo(1);
    }

    @Test
    void overLongSignInInputIsAnOrdinaryFailure() throws Exception {
        AppUser user = newUser(demoOrganisationId(), Role.MEMBER);
        mvc.perform(formLogin("/sign-in").user("email", user.email()).password("p".repeat(500)))
                .andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(formLogin("/sign-in").user("email", "e".repeat(5000) + "@test.example").password("x"))
                .andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(post("/account/password").with(as(user)).with(csrf())
                        .param("currentPassword", "c".repeat(500)).param("newPassword", "n".repeat(500))
                        .param("confirmPassword", "n".repeat(500)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your current password is not correct")))
                .andExpect(content().string(containsString("Password must be 64 characters or fewer")));
    }

    @Test
    void unknownEmailFailsWithoutRecordingTheEmail() throws Exception {
        String email = unique("nobody") + "@test.example";
        mvc.perform(formLogin("/sign-in").user("email", email).password("whatever password"))
                .andExpect(redirectedUrl("/sign-in?error"));
        assertThat(jdbc.sql("select count(*) from audit_event where object_id like ? or client_address like ?")
                .params("%" + email + "%", "%" + email + "%").query(Long.class).single()).isZero();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountWithAClearMessage() throws Exception {
        AppUser user = newUser(demoOrganisationId(), Role.MEMBER);
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/sign-in").user("email", user.email()).password("wrong password " + i))
                    .andExpect(redirectedUrl("/sign-in?error"));
        }
        mvc.perform(formLogin("/sign-in").user("email", user.email()).password("wrong password 5"))
                .andExpect(redirectedUrl("/sign-in?locked"));
        // Even the right password is refused while locked.
        mvc.perform(formLogin("/sign-in").user("email", user.email()).password(PASSWORD))
                .andExpect(redirectedUrl("/sign-in?locked"));
        mvc.perform(get("/sign-in").param("locked", ""))
                .andExpect(content().string(containsString("Your account is locked because of 5 failed sign-in attempts")));
        assertThat(auditCount("LOCKED_OUT", user.id(), "SUCCESS")).isEqualTo(1);

        AppUser admin = demoUser(Role.ADMIN);
        mvc.perform(post("/admin/users/" + user.id() + "/unlock").with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/sign-in").user("email", user.email()).password(PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void postWithoutCsrfTokenIsRejected() throws Exception {
        // A forged request rides on a real session (which has a token) but cannot know the token.
        AppUser admin = demoUser(Role.ADMIN);
        var session = new MockHttpSession();
        mvc.perform(get("/admin/organisations/new").with(as(admin)).session(session)).andExpect(status().isOk());
        String name = unique("No CSRF Trust");
        mvc.perform(post("/admin/organisations/new").with(as(admin)).session(session)
                        .param("name", name).param("type", "ICB"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from organisation where name = ?").param(name).query(Long.class).single())
                .isZero();
        var anonymous = new MockHttpSession();
        mvc.perform(get("/sign-in").session(anonymous)).andExpect(status().isOk());
        mvc.perform(post("/sign-in").session(anonymous).param("email", "a@b.example").param("password", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesCarryStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void onlyAdministratorsReachAdminPages() throws Exception {
        for (Role role : new Role[] {Role.ANALYST, Role.MEMBER, Role.CO_PRODUCER, Role.VIEWER}) {
            mvc.perform(get("/admin/users").with(as(demoUser(role)))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/audit").with(as(demoUser(role)))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/users").with(as(demoUser(Role.ADMIN)))).andExpect(status().isOk());
    }

    @Test
    void anAdministratorOfAnotherOrganisationGetsNotFoundForOurUsers() throws Exception {
        Organisation other = newOrganisation();
        AppUser otherAdmin = users.insert(unique("admin") + "@test.example", "B Admin", encoder.encode(PASSWORD), false);
        users.addMembership(otherAdmin.id(), other.id(), Role.ADMIN);
        AppUser ourAnalyst = demoUser(Role.ANALYST);

        mvc.perform(get("/admin/users/" + ourAnalyst.id()).with(as(otherAdmin))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/" + ourAnalyst.id() + "/role").param("role", "VIEWER")
                .with(as(otherAdmin)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/" + ourAnalyst.id() + "/active").param("active", "false")
                .with(as(otherAdmin)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/" + ourAnalyst.id() + "/password")
                .with(as(otherAdmin)).with(csrf())).andExpect(status().isNotFound());
        assertThat(users.membership(ourAnalyst.id(), demoOrganisationId()).orElseThrow().role()).isEqualTo(Role.ANALYST);
        assertThat(users.findById(ourAnalyst.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void switchingToAnOrganisationYouDoNotBelongToIsNotFound() throws Exception {
        Organisation other = newOrganisation();
        mvc.perform(post("/organisation/switch").param("organisationId", String.valueOf(other.id()))
                .with(as(demoUser(Role.ANALYST))).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void aMemberOfTwoOrganisationsSwitchesAndTheRoleFollows() throws Exception {
        Organisation other = newOrganisation();
        AppUser user = newUser(demoOrganisationId(), Role.VIEWER);
        users.addMembership(user.id(), other.id(), Role.ADMIN);
        var session = new MockHttpSession();
        // Organisations are listed by name: the demo trust sorts first, as a viewer.
        mvc.perform(get("/admin/users").with(as(user)).session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/organisation/switch").param("organisationId", String.valueOf(other.id()))
                .with(as(user)).with(csrf()).session(session)).andExpect(redirectedUrl("/"));
        mvc.perform(get("/admin/users").with(as(user)).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(other.name())));
    }

    @Test
    void aDeactivatedUserCannotSignIn() throws Exception {
        AppUser user = newUser(demoOrganisationId(), Role.MEMBER);
        mvc.perform(post("/admin/users/" + user.id() + "/active").param("active", "false")
                .with(as(demoUser(Role.ADMIN))).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/sign-in").user("email", user.email()).password(PASSWORD))
                .andExpect(redirectedUrl("/sign-in?error"));
        // A session opened before deactivation stops working too.
        mvc.perform(get("/").with(as(user))).andExpect(status().isForbidden());
    }

    @Test
    void changingPasswordNeedsTheCurrentOneAndIsAudited() throws Exception {
        AppUser user = newUser(demoOrganisationId(), Role.MEMBER);
        mvc.perform(post("/account/password").with(as(user)).with(csrf())
                        .param("currentPassword", "not it at all").param("newPassword", "a brand new password")
                        .param("confirmPassword", "a brand new password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your current password is not correct")))
                .andExpect(content().string(containsString("href=\"#currentPassword\"")));
        mvc.perform(post("/account/password").with(as(user)).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "a brand new password")
                        .param("confirmPassword", "a brand new password"))
                .andExpect(redirectedUrl("/"));
        assertThat(encoder.matches("a brand new password", users.findById(user.id()).orElseThrow().passwordHash()))
                .isTrue();
        assertThat(auditCount("PASSWORD_CHANGED", user.id(), "SUCCESS")).isEqualTo(1);
    }

    @Test
    void someoneWithAnInitialPasswordMustChangeItFirst() throws Exception {
        AppUser user = users.insert(unique("new") + "@test.example", "New Person", encoder.encode(PASSWORD), true);
        users.addMembership(user.id(), demoOrganisationId(), Role.MEMBER);
        mvc.perform(get("/").with(as(user))).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").with(as(user))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose your own password to continue")));
    }
}

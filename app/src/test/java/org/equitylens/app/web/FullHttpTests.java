package org.equitylens.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.equitylens.app.demo.DemoAccounts;
import org.equitylens.app.support.AppTest;
import org.equitylens.app.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real app over real HTTP on a random port: sign-in, pages, assets and error pages. */
abstract class FullHttpTests extends AppTest {

    private HttpClient client;

    @BeforeEach
    void newClient() {
        client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Sends what a browser sends: Accept text/html, so errors come back as pages. */
    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String path, String... pairs) throws IOException, InterruptedException {
        var body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends what a script sends to the JSON API: the session cookie and, for changes, the CSRF header. */
    private HttpResponse<String> postJson(String path, String csrfToken, String json)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("Accept", "text/html, */*");
        if (csrfToken != null) {
            request.header("X-CSRF-TOKEN", csrfToken);
        }
        return client.send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.body()).contains("\"status\":" + status, detail).doesNotContain("<html");
    }

    private static String csrfToken(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("page has a CSRF token").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> signInAs(Role role) throws Exception {
        String token = csrfToken(get("/sign-in").body());
        var account = DemoAccounts.forRole(role);
        return postForm("/sign-in", "email", account.email(), "password", account.password(), "_csrf", token);
    }

    @Test
    void healthIsUpWithoutSigningIn() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }

    @Test
    void theDemoAnalystSignsInSeesTheHomePageAndSignsOut() throws Exception {
        HttpResponse<String> home = signInAs(Role.ANALYST);
        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(home.body()).contains("<title>Home – EquityLens</title>", "Welcome, Asha Analyst",
                DemoAccounts.ORGANISATION_NAME, "Skip to main content", "nhsuk-header", "nhsuk-footer",
                "/nhsuk/nhsuk-frontend.min.css");
        HttpResponse<String> signedOut = postForm("/sign-out", "_csrf", csrfToken(home.body()));
        assertThat(signedOut.uri().getPath()).isEqualTo("/sign-in");
        assertThat(signedOut.body()).contains("You have signed out.");
        assertThat(get("/").uri().getPath()).isEqualTo("/sign-in");
    }

    @Test
    void theNhsukStylesScriptsAndImagesAreServed() throws Exception {
        HttpResponse<String> css = get("/nhsuk/nhsuk-frontend.min.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains(".nhsuk-header");
        assertThat(get("/nhsuk/nhsuk-frontend.min.js").statusCode()).isEqualTo(200);
        assertThat(get("/assets/images/favicon.svg").statusCode()).isEqualTo(200);
        assertThat(get("/js/equitylens.mjs").statusCode()).isEqualTo(200);
    }

    @Test
    void errorPagesAreFriendlyAndShowNoStackTrace() throws Exception {
        signInAs(Role.ADMIN);
        HttpResponse<String> missing = get("/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found", "nhsuk-header");

        HttpResponse<String> missingUser = get("/admin/users/999999999");
        assertThat(missingUser.statusCode()).isEqualTo(404);

        HttpResponse<String> badRequest = get("/admin/audit?from=yesterday&actor=abc");
        assertThat(badRequest.statusCode()).isEqualTo(400);
        assertThat(badRequest.body()).contains("There is a problem with your request")
                .doesNotContain("Exception", "at org.", "trace");
    }

    @Test
    void aRoleWithoutAccessGetsAFriendlyForbiddenPage() throws Exception {
        signInAs(Role.VIEWER);
        HttpResponse<String> response = get("/admin/users");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("You do not have access to this page");
    }

    @Test
    void pagesCarryTheConfiguredSessionTimeoutForTheWarning() throws Exception {
        HttpResponse<String> home = signInAs(Role.MEMBER);
        // server.servlet.session.timeout=30m and the default warning two minutes before.
        assertThat(home.body()).contains("data-session-timeout=\"1800\"", "data-session-warning=\"120\"",
                "<dialog class=\"el-session-dialog\" id=\"session-timeout\" role=\"alertdialog\"",
                "Stay signed in", "/js/equitylens.mjs");
        HttpResponse<String> session = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/session")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(session.statusCode()).isEqualTo(200);
        assertThat(session.body()).isEqualTo("{\"timeoutSeconds\":1800}");
        assertThat(session.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(get("/js/session-timeout.mjs").statusCode()).isEqualTo(200);
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/sign-in")).build(), HttpResponse.BodyHandlers.ofString()).body())
                .doesNotContain("data-session-timeout", "session-timeout\"");
    }

    @Test
    void theApiAnswersAnAnonymousRequestWith401ProblemDetailsNotARedirect() throws Exception {
        for (String path : new String[] {"/api/v1/datasets", "/api/v1/measures/1/results", "/api/v1/projects/1"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.uri().getPath()).isEqualTo(path);
            assertProblem(response, 401, "Sign in to use the API.");
            assertThat(response.body()).contains("\"title\":\"Unauthorized\"", "\"instance\":\"" + path + "\"");
        }
        assertProblem(postJson("/api/v1/projects", null, "{}"), 401, "Sign in");
        // Pages, the API's documentation page among them, still send the browser to sign in.
        assertThat(get("/api/docs").uri().getPath()).isEqualTo("/sign-in");
        assertThat(get("/datasets").uri().getPath()).isEqualTo("/sign-in");
    }

    @Test
    void theApiAnswersAForbiddenCallWith403ProblemDetailsNotAnHtmlPage() throws Exception {
        String token = csrfToken(signInAs(Role.VIEWER).body());
        String project = "{\"title\": \"x\", \"population\": \"x\", \"inequity\": \"x\", \"status\": \"ACTIVE\"}";
        assertProblem(postJson("/api/v1/projects", token, project), 403, "does not allow this");
        assertProblem(postJson("/api/v1/projects", null, project), 403, "CSRF token");
        // The same refusal on a page is still the friendly page.
        HttpResponse<String> page = get("/admin/users");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("You do not have access to this page");
    }

    @Test
    void anApiCallWithAnEndedSessionIs401() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/datasets"))
                .header("Cookie", "JSESSIONID=ended-session").build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(response, 401, "Your session has ended.");
    }
}

package org.equitylens.app.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.InvalidSessionStrategy;
import org.springframework.security.web.session.SimpleRedirectInvalidSessionStrategy;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a request that may not go on is answered. Pages keep the browser behaviour (redirect to sign-in,
 * the "no access" page); the JSON API gets RFC 9457 problem details with 401 or 403 and never a redirect,
 * which a script or API client could only follow to an HTML sign-in page.
 */
final class Refusals implements AuthenticationEntryPoint, AccessDeniedHandler, InvalidSessionStrategy {

    /** The JSON API: everything under /api except its documentation page, which is a page. */
    static final RequestMatcher API = new AndRequestMatcher(PathPatternRequestMatcher.pathPattern("/api/**"),
            new NegatedRequestMatcher(PathPatternRequestMatcher.pathPattern("/api/docs")));

    static final String PROBLEM_JSON = "application/problem+json";

    /** The body of a refusal; {@code type} stays {@code about:blank} because the status says it all. */
    record Problem(String type, String title, int status, String detail, String instance) {
    }

    private final JsonMapper json;
    private final AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/sign-in");
    private final AccessDeniedHandler noAccessPage = new AccessDeniedHandlerImpl();
    private final InvalidSessionStrategy timedOut = new SimpleRedirectInvalidSessionStrategy("/sign-in?timedOut");

    Refusals(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (API.matches(request)) {
            write(request, response, HttpStatus.UNAUTHORIZED, "Sign in to use the API.");
        } else {
            signIn.commence(request, response, e);
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        if (API.matches(request)) {
            write(request, response, HttpStatus.FORBIDDEN, e instanceof CsrfException
                    ? "The CSRF token is missing or wrong. Send your session's token in the X-CSRF-TOKEN header."
                    : "Your role in your current organisation does not allow this.");
        } else {
            noAccessPage.handle(request, response, e);
        }
    }

    @Override
    public void onInvalidSessionDetected(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (API.matches(request)) {
            write(request, response, HttpStatus.UNAUTHORIZED, "Your session has ended. Sign in again.");
        } else {
            timedOut.onInvalidSessionDetected(request, response);
        }
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        json.writeValue(response.getOutputStream(), new Problem("about:blank", status.getReasonPhrase(), status.value(),
                detail, request.getRequestURI()));
    }
}

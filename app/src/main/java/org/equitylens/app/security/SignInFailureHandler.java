package org.equitylens.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.equitylens.app.user.AppUser;
import org.equitylens.app.user.UserRepository;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed sign-in back to the form: "locked" when the account is (now) locked, otherwise one
 * generic message. The email typed is kept in the session so the form can show it again.
 */
@Component
public class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String LAST_EMAIL = "equitylens.signIn.email";

    private final UserRepository users;

    public SignInFailureHandler(UserRepository users) {
        this.users = users;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String email = request.getParameter("email");
        request.getSession().setAttribute(LAST_EMAIL, email == null ? "" : email.strip());
        boolean locked = exception instanceof LockedException
                || users.findByEmail(email).filter(u -> u.lockedAt(Instant.now())).map(AppUser::active).orElse(false);
        response.sendRedirect(request.getContextPath() + (locked ? "/sign-in?locked" : "/sign-in?error"));
    }
}

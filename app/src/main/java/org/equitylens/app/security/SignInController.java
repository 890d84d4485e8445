package org.equitylens.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class SignInController {

    private final SecurityProperties properties;

    public SignInController(SecurityProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/sign-in")
    public String signIn(HttpServletRequest request, HttpSession session, Model model) {
        Object email = session.getAttribute(SignInFailureHandler.LAST_EMAIL);
        session.removeAttribute(SignInFailureHandler.LAST_EMAIL);
        model.addAttribute("email", email == null ? "" : email);
        if (request.getParameterMap().containsKey("locked")) {
            model.addAttribute("problem", "Your account is locked because of " + properties.maxFailedAttempts()
                    + " failed sign-in attempts. Try again in " + properties.lockDuration().toMinutes()
                    + " minutes or ask an administrator in your organisation to unlock it.");
        } else if (request.getParameterMap().containsKey("error")) {
            model.addAttribute("problem", "Enter a correct email address and password");
        }
        return "security/sign-in";
    }
}

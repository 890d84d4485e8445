package org.equitylens.app.security;

import org.equitylens.app.audit.AuditActions;
import org.equitylens.app.audit.AuditService;
import org.equitylens.app.user.AppUser;
import org.equitylens.app.user.UserRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/account/password")
public class AccountController {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AuditService audit;

    public AccountController(UserRepository users, PasswordEncoder encoder, AuditService audit) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
    }

    @GetMapping
    public String form(CurrentUser user, Model model) {
        model.addAttribute("form", new ChangePasswordForm("", "", ""));
        model.addAttribute("mustChange", users.findById(user.userId()).map(AppUser::mustChangePassword).orElse(false));
        return "account/password";
    }

    @PostMapping
    @Transactional
    public String change(CurrentUser user, ChangePasswordForm form, Model model, RedirectAttributes redirect) {
        AppUser stored = users.findById(user.userId()).orElseThrow();
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        if (form.currentPassword() == null || !encoder.matches(form.currentPassword(), stored.passwordHash())) {
            errors.rejectValue("currentPassword", "wrong", "Your current password is not correct");
        }
        String problem = PasswordRules.problem(form.newPassword());
        if (problem != null) {
            errors.rejectValue("newPassword", "invalid", problem);
        } else if (!form.newPassword().equals(form.confirmPassword())) {
            errors.rejectValue("confirmPassword", "mismatch", "The passwords do not match");
        } else if (encoder.matches(form.newPassword(), stored.passwordHash())) {
            errors.rejectValue("newPassword", "same", "Choose a password different from your current one");
        }
        if (errors.hasErrors()) {
            model.addAttribute("form", form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
            model.addAttribute("mustChange", stored.mustChangePassword());
            return "account/password";
        }
        users.updatePassword(user.userId(), encoder.encode(form.newPassword()), false);
        audit.record(user, AuditActions.PASSWORD_CHANGED, SignInAuditor.OBJECT_TYPE, user.userId());
        redirect.addFlashAttribute("success", "Your password has been changed");
        return "redirect:/";
    }
}

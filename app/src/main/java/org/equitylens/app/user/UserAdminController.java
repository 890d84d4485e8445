package org.equitylens.app.user;

import jakarta.validation.Valid;
import java.time.Instant;
import org.equitylens.app.security.CurrentUser;
import org.equitylens.app.security.PasswordRules;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Users of the current organisation. /admin/** is for ADMINs only (see SecurityConfig). */
@Controller
@RequestMapping("/admin/users")
public class UserAdminController {

    private final UserAdminService service;
    private final UserRepository users;

    public UserAdminController(UserAdminService service, UserRepository users) {
        this.service = service;
        this.users = users;
    }

    @GetMapping
    public String list(CurrentUser admin, Model model) {
        model.addAttribute("members", users.members(admin.organisationId(), Instant.now()));
        return "user/list";
    }

    @GetMapping("/new")
    public String newForm(CurrentUser admin, Model model) {
        model.addAttribute("form", new NewUserForm("", "", null, ""));
        model.addAttribute("roles", Role.values());
        return "user/new";
    }

    @PostMapping("/new")
    public String create(CurrentUser admin, @Valid @ModelAttribute("form") NewUserForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("email") && service.isMember(admin, form.email())) {
            errors.rejectValue("email", "member", "This person is already a member of " + admin.organisationName());
        }
        if (form.initialPassword() != null && !form.initialPassword().isEmpty()) {
            String problem = PasswordRules.problem(form.initialPassword());
            if (problem != null) {
                errors.rejectValue("initialPassword", "invalid", problem);
            }
        }
        if (errors.hasErrors()) {
            model.addAttribute("roles", Role.values());
            return "user/new";
        }
        UserAdminService.Added added = service.add(admin, form);
        if (added.generatedPassword() != null) {
            // Shown once, on this response only: never stored in the session or redirected.
            model.addAttribute("added", added);
            return "user/created";
        }
        redirect.addFlashAttribute("success", added.newAccount()
                ? added.user().displayName() + " has been added. They must change their password when they first sign in."
                : added.user().displayName() + " already had an account and has been added to " + admin.organisationName()
                        + ".");
        return "redirect:/admin/users";
    }

    @GetMapping("/{userId}")
    public String show(CurrentUser admin, @PathVariable long userId, Model model) {
        model.addAttribute("member", service.member(admin, userId));
        model.addAttribute("roles", Role.values());
        model.addAttribute("self", userId == admin.userId());
        return "user/show";
    }

    @PostMapping("/{userId}/role")
    public String setRole(CurrentUser admin, @PathVariable long userId, @RequestParam(required = false) Role role,
            RedirectAttributes redirect) {
        if (userId == admin.userId()) {
            // Guards against an organisation losing its last administrator by accident.
            redirect.addFlashAttribute("problem", "You cannot change your own role. Ask another administrator.");
        } else if (role == null) {
            redirect.addFlashAttribute("problem", "Select a role");
            redirect.addFlashAttribute("problemField", "role");
        } else {
            service.setRole(admin, userId, role);
            redirect.addFlashAttribute("success", "Role changed to " + role.label());
        }
        return "redirect:/admin/users/" + userId;
    }

    @PostMapping("/{userId}/active")
    public String setActive(CurrentUser admin, @PathVariable long userId, @RequestParam boolean active,
            RedirectAttributes redirect) {
        if (userId == admin.userId()) {
            redirect.addFlashAttribute("problem", "You cannot deactivate yourself.");
        } else {
            service.setActive(admin, userId, active);
            redirect.addFlashAttribute("success", active ? "User reactivated" : "User deactivated. They can no longer sign in.");
        }
        return "redirect:/admin/users/" + userId;
    }

    @GetMapping("/{userId}/remove")
    public String confirmRemoval(CurrentUser admin, @PathVariable long userId, Model model,
            RedirectAttributes redirect) {
        MemberRow member = service.member(admin, userId);
        String problem = service.removalProblem(admin, member);
        if (problem != null) {
            redirect.addFlashAttribute("problem", problem);
            return "redirect:/admin/users/" + userId;
        }
        model.addAttribute("member", member);
        return "user/remove";
    }

    @PostMapping("/{userId}/remove")
    public String remove(CurrentUser admin, @PathVariable long userId, RedirectAttributes redirect) {
        String name = service.member(admin, userId).displayName();
        String problem = service.remove(admin, userId);
        if (problem != null) {
            redirect.addFlashAttribute("problem", problem);
            return "redirect:/admin/users/" + userId;
        }
        redirect.addFlashAttribute("success", name + " has been removed from " + admin.organisationName() + ".");
        return "redirect:/admin/users";
    }

    @PostMapping("/{userId}/password")
    public String resetPassword(CurrentUser admin, @PathVariable long userId, Model model,
            RedirectAttributes redirect) {
        if (userId == admin.userId()) {
            redirect.addFlashAttribute("problem", "Change your own password from your account page.");
            return "redirect:/admin/users/" + userId;
        }
        String password = service.resetPassword(admin, userId);
        AppUser user = users.findById(userId).orElseThrow();
        model.addAttribute("added", new UserAdminService.Added(user, false, password));
        model.addAttribute("reset", true);
        return "user/created";
    }

    @PostMapping("/{userId}/unlock")
    public String unlock(CurrentUser admin, @PathVariable long userId, RedirectAttributes redirect) {
        service.unlock(admin, userId);
        redirect.addFlashAttribute("success", "Account unlocked");
        return "redirect:/admin/users/" + userId;
    }
}

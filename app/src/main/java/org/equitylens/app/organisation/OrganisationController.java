package org.equitylens.app.organisation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.equitylens.app.security.CurrentUser;
import org.equitylens.app.security.CurrentUserService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Switching the current organisation (anyone) and creating organisations (administrators). */
@Controller
public class OrganisationController {

    private final OrganisationService service;
    private final OrganisationRepository organisations;
    private final CurrentUserService currentUsers;

    public OrganisationController(OrganisationService service, OrganisationRepository organisations,
            CurrentUserService currentUsers) {
        this.service = service;
        this.organisations = organisations;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/organisation/switch")
    public String switchForm(CurrentUser user) {
        return "organisation/switch";
    }

    @PostMapping("/organisation/switch")
    public String switchTo(CurrentUser user, @RequestParam long organisationId, HttpServletRequest request) {
        currentUsers.switchOrganisation(request, user, organisationId);
        return "redirect:/";
    }

    @GetMapping("/admin/organisations")
    public String list(CurrentUser admin, Model model) {
        model.addAttribute("organisations", organisations.findForUser(admin.userId()));
        return "organisation/list";
    }

    @GetMapping("/admin/organisations/new")
    public String newForm(CurrentUser admin, Model model) {
        model.addAttribute("form", new OrganisationForm("", "", null));
        model.addAttribute("types", OrganisationType.values());
        return "organisation/new";
    }

    @PostMapping("/admin/organisations/new")
    public String create(CurrentUser admin, @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("name") && service.nameTaken(form.name())) {
            errors.rejectValue("name", "taken", "An organisation with this name already exists");
        }
        if (errors.hasErrors()) {
            model.addAttribute("types", OrganisationType.values());
            return "organisation/new";
        }
        Organisation created = service.create(admin, form);
        redirect.addFlashAttribute("success", created.name() + " has been created. You are its administrator.");
        return "redirect:/admin/organisations";
    }
}

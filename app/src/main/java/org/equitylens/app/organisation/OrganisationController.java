package org.equitylens.app.organisation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.stream.Collectors;
import org.equitylens.app.security.CurrentUser;
import org.equitylens.app.security.CurrentUserService;
import org.equitylens.app.user.Membership;
import org.equitylens.app.user.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Switching the current organisation (anyone), creating organisations (administrators) and changing the
 * details of an organisation (its administrators only).
 */
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
        model.addAttribute("administered", admin.memberships().stream().filter(m -> m.role() == Role.ADMIN)
                .map(Membership::organisationId).collect(Collectors.toSet()));
        return "organisation/list";
    }

    @GetMapping("/admin/organisations/new")
    public String newForm(CurrentUser admin, Model model) {
        model.addAttribute("form", new OrganisationForm("", "", null));
        return form(model, null);
    }

    /** The one form for creating ({@code editing} null) and changing an organisation, around the "form". */
    private static String form(Model model, Organisation editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("heading", editing == null ? "Create an organisation" : "Change the details of " + editing.name());
        model.addAttribute("types", OrganisationType.values());
        return "organisation/form";
    }

    @PostMapping("/admin/organisations/new")
    public String create(CurrentUser admin, @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("name") && service.nameTaken(form.name())) {
            errors.rejectValue("name", "taken", "An organisation with this name already exists");
        }
        if (errors.hasErrors()) {
            return form(model, null);
        }
        Organisation created = service.create(admin, form);
        redirect.addFlashAttribute("success", created.name() + " has been created. You are its administrator.");
        return "redirect:/admin/organisations";
    }

    @GetMapping("/admin/organisations/{id}/edit")
    public String editForm(CurrentUser admin, @PathVariable long id, Model model) {
        Organisation organisation = service.requireAdministered(admin, id);
        model.addAttribute("form", new OrganisationForm(organisation.name(), organisation.odsCode(), organisation.type()));
        return form(model, organisation);
    }

    @PostMapping("/admin/organisations/{id}/edit")
    public String update(CurrentUser admin, @PathVariable long id, @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Organisation organisation = service.requireAdministered(admin, id);
        if (!errors.hasFieldErrors("name") && service.nameTakenByAnother(form.name(), id)) {
            errors.rejectValue("name", "taken", "An organisation with this name already exists");
        }
        if (errors.hasErrors()) {
            return form(model, organisation);
        }
        Organisation updated = service.update(admin, id, form);
        redirect.addFlashAttribute("success", updated.name() + " has been updated.");
        return "redirect:/admin/organisations";
    }
}

package org.equitylens.app.web;

import org.equitylens.app.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class HomeController {

    @GetMapping("/")
    public String home(CurrentUser user, Model model) {
        model.addAttribute("user", user);
        return "web/home";
    }
}

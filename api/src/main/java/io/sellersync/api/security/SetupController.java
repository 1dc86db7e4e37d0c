// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.security;

import io.sellersync.messages.shared.BusinessException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** First run: create the administrator; sign-in page. */
@Controller
class SetupController {

    private final UserAccounts users;

    SetupController(UserAccounts users) {
        this.users = users;
    }

    @GetMapping("/setup")
    String setupForm() {
        return "setup";
    }

    @PostMapping("/setup")
    String setup(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation,
            Model model) {
        try {
            users.createAdministrator(username, password, confirmation);
            return "redirect:/login?ready";
        } catch (BusinessException e) {
            model.addAttribute("error", e.error());
            model.addAttribute("username", username);
            return "setup";
        }
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}

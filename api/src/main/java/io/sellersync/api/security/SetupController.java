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
    private final SetupCode setupCode;

    SetupController(UserAccounts users, SetupCode setupCode) {
        this.users = users;
        this.setupCode = setupCode;
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
            @RequestParam(defaultValue = "") String code,
            Model model) {
        try {
            if (!setupCode.matches(code)) {
                throw BusinessException.invalid(
                        "code",
                        "Enter the set-up code from the server's start-up log (or the data folder's setup-code file)");
            }
            users.createAdministrator(username, password, confirmation);
            setupCode.forget();
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

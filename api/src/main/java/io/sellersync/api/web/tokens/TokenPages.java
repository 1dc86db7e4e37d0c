// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web.tokens;

import io.sellersync.api.security.ApiTokens;
import io.sellersync.messages.shared.BusinessException;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings → API tokens: create (shown once), list, revoke. */
@Controller
class TokenPages {

    private final ApiTokens tokens;

    TokenPages(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/settings/tokens")
    String list(Model model) {
        model.addAttribute("tokens", tokens.list());
        return "settings/tokens";
    }

    @PostMapping("/settings/tokens")
    String create(@RequestParam(defaultValue = "") String name, Principal user, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("created", tokens.create(name, user.getName()));
        } catch (BusinessException e) {
            redirect.addFlashAttribute("error", e.error());
        }
        return "redirect:/settings/tokens";
    }

    @PostMapping("/settings/tokens/{id}/revoke")
    String revoke(@PathVariable String id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", tokens.revoke(id) ? "Token revoked" : "That token was already revoked");
        return "redirect:/settings/tokens";
    }
}

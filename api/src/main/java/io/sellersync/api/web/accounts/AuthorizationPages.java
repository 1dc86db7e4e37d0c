// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web.accounts;

import io.sellersync.api.accounts.Inputs;
import io.sellersync.api.accounts.WebsiteAuthorization;
import io.sellersync.api.web.PageInputs;
import io.sellersync.messages.accounts.AccountId;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Settings → Accounts → "Connect with Amazon": the redirect to the consent page and Amazon's callback. */
@Controller
class AuthorizationPages {

    static final String PENDING = "sellersync.pendingAuthorization";
    static final String CALLBACK = "/settings/accounts/authorize/callback";

    private final WebsiteAuthorization authorization;

    AuthorizationPages(WebsiteAuthorization authorization) {
        this.authorization = authorization;
    }

    @PostMapping("/settings/accounts/authorize")
    String begin(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String region,
            HttpSession session,
            RedirectAttributes redirect) {
        try {
            WebsiteAuthorization.Pending pending = authorization.begin(name, Inputs.region(region));
            session.setAttribute(PENDING, pending);
            return "redirect:" + authorization.consentUrl(pending, callbackUrl());
        } catch (RuntimeException e) {
            return refused(e, redirect);
        }
    }

    @GetMapping(CALLBACK)
    String callback(
            @RequestParam(required = false) String state,
            @RequestParam(name = "selling_partner_id", required = false) String sellingPartnerId,
            @RequestParam(name = "spapi_oauth_code", required = false) String code,
            HttpSession session,
            RedirectAttributes redirect) {
        WebsiteAuthorization.Pending pending = (WebsiteAuthorization.Pending) session.getAttribute(PENDING);
        session.removeAttribute(PENDING);
        try {
            AccountId id = authorization.complete(pending, state, sellingPartnerId, code, callbackUrl());
            redirect.addFlashAttribute(
                    "notice", "Account \"" + pending.name() + "\" connected through Amazon (" + id + ")");
        } catch (RuntimeException e) {
            return refused(e, redirect);
        }
        return "redirect:/settings/accounts";
    }

    private static String callbackUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(CALLBACK)
                .toUriString();
    }

    private static String refused(RuntimeException e, RedirectAttributes redirect) {
        PageInputs.flashRefusal(redirect, e);
        return "redirect:/settings/accounts";
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web.queue;

import io.sellersync.api.accounts.Inputs;
import io.sellersync.api.queue.QueueService;
import io.sellersync.api.queue.SyncSettings;
import io.sellersync.api.web.PageInputs;
import io.sellersync.api.web.ReadModelWait;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.GuardRails;
import io.sellersync.messages.accounts.ListAccountsQuery;
import io.sellersync.messages.shared.MarketplaceId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings → Sync: the default target of "add to queue" and each account's price guard rails. */
@Controller
class SyncSettingsPages {

    private static final ResponseType<List<AccountView>> ACCOUNTS =
            ResponseTypes.multipleInstancesOf(AccountView.class);

    private final QueryGateway queries;
    private final QueueService queue;
    private final SyncSettings settings;
    private final ReadModelWait readModel;

    SyncSettingsPages(QueryGateway queries, QueueService queue, SyncSettings settings, ReadModelWait readModel) {
        this.queries = queries;
        this.queue = queue;
        this.settings = settings;
        this.readModel = readModel;
    }

    @GetMapping("/settings/sync")
    String page(Model model) {
        model.addAttribute(
                "accounts", queries.query(new ListAccountsQuery(), ACCOUNTS).join());
        model.addAttribute("defaults", settings.defaults());
        return "settings/sync";
    }

    @PostMapping("/settings/sync/defaults")
    String defaults(@RequestParam(required = false) String target, RedirectAttributes redirect) {
        try {
            SyncSettings.Defaults defaults = new SyncSettings.Defaults(null, null);
            if (target != null && target.contains("|")) {
                String[] parts = target.split("\\|", 2);
                defaults = new SyncSettings.Defaults(new AccountId(parts[0]), new MarketplaceId(parts[1]));
                queue.target(defaults.accountId(), defaults.marketplaceId());
            }
            settings.save(defaults);
            redirect.addFlashAttribute(
                    "notice",
                    defaults.accountId() == null
                            ? "Items go to the first account and its first marketplace unless chosen"
                            : "Default target saved");
        } catch (RuntimeException e) {
            PageInputs.flashRefusal(redirect, e);
        }
        return "redirect:/settings/sync";
    }

    @PostMapping("/settings/sync/guard-rails/{id}")
    String guardRails(
            @PathVariable String id,
            @RequestParam(required = false) String floor,
            @RequestParam(required = false) String ceiling,
            @RequestParam(required = false) String maxChangePercent,
            RedirectAttributes redirect) {
        try {
            GuardRails rails = new GuardRails(
                    Inputs.decimal("floor", floor),
                    Inputs.decimal("ceiling", ceiling),
                    Inputs.decimal("maxChangePercent", maxChangePercent));
            AccountId account = new AccountId(id);
            readModel.run(
                    new ListAccountsQuery(),
                    ACCOUNTS,
                    () -> {
                        queue.changeGuardRails(account, rails);
                        return rails;
                    },
                    saved -> accounts -> accounts.stream()
                            .anyMatch(a -> a.accountId().equals(account) && same(a.guardRails(), saved)));
            redirect.addFlashAttribute("notice", "Guard rails saved");
        } catch (RuntimeException e) {
            PageInputs.flashRefusal(redirect, e);
        }
        return "redirect:/settings/sync";
    }

    private static boolean same(GuardRails stored, GuardRails saved) {
        return stored != null
                && equal(stored.floor(), saved.floor())
                && equal(stored.ceiling(), saved.ceiling())
                && equal(stored.maxChangePercent(), saved.maxChangePercent());
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web.listings;

import io.sellersync.api.web.PageInputs;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.ListAccountsQuery;
import io.sellersync.messages.listings.ImportListingReportCommand;
import io.sellersync.messages.listings.ListPriceDriftQuery;
import io.sellersync.messages.listings.ListingCacheStatusQuery;
import io.sellersync.messages.listings.ListingCacheStatusView;
import io.sellersync.messages.listings.PriceDriftCheckView;
import io.sellersync.messages.listings.PriceDriftReport;
import io.sellersync.messages.listings.RunPriceDriftCheckCommand;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Amazon Sync → Price drift (the differences the drift check found, "check now") and Listing cache (what each
 * account's listing report import holds, "import now").
 */
@Controller
class ListingPages {

    private final QueryGateway queries;
    private final CommandGateway commands;

    ListingPages(QueryGateway queries, CommandGateway commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @GetMapping("/sync/drift")
    String drift(Model model) {
        PriceDriftReport report = queries.query(
                        new ListPriceDriftQuery(null), ResponseTypes.instanceOf(PriceDriftReport.class))
                .join();
        Map<String, String> names = accountNames();
        model.addAttribute("countries", countries());
        model.addAttribute("drifts", report.drifts());
        model.addAttribute("checks", report.checks());
        model.addAttribute("names", names);
        model.addAttribute("hasAccounts", !names.isEmpty());
        model.addAttribute(
                "lastCheck",
                report.checks().stream()
                        .map(PriceDriftCheckView::finishedAt)
                        .filter(Objects::nonNull)
                        .max(Comparator.naturalOrder())
                        .orElse(null));
        model.addAttribute(
                "running",
                report.checks().stream().anyMatch(c -> "QUEUED".equals(c.state()) || "RUNNING".equals(c.state())));
        return "sync/drift";
    }

    @PostMapping("/sync/drift/check")
    String checkNow(@RequestParam(required = false) String accountId, RedirectAttributes redirect) {
        try {
            commands.sendAndWait(new RunPriceDriftCheckCommand(
                    accountId == null || accountId.isBlank() ? null : new AccountId(accountId)));
            redirect.addFlashAttribute(
                    "notice", "The drift check is running; reload this page in a moment to see its result.");
        } catch (RuntimeException e) {
            PageInputs.flashRefusal(redirect, e);
        }
        return "redirect:/sync/drift";
    }

    @GetMapping("/sync/listings")
    String listings(Model model) {
        List<ListingCacheStatusView> statuses = queries.query(
                        new ListingCacheStatusQuery(), ResponseTypes.multipleInstancesOf(ListingCacheStatusView.class))
                .join();
        model.addAttribute("countries", countries());
        model.addAttribute("statuses", statuses);
        model.addAttribute(
                "running",
                statuses.stream().anyMatch(s -> "QUEUED".equals(s.state()) || "WAITING_FOR_AMAZON".equals(s.state())));
        return "sync/listings";
    }

    @PostMapping("/sync/listings/import")
    String importNow(@RequestParam String accountId, @RequestParam String marketplaceId, RedirectAttributes redirect) {
        try {
            commands.sendAndWait(
                    new ImportListingReportCommand(new AccountId(accountId), new MarketplaceId(marketplaceId)));
            redirect.addFlashAttribute(
                    "notice",
                    "Amazon is preparing the listing report for "
                            + Marketplaces.countryCode(new MarketplaceId(marketplaceId))
                            + "; this usually takes a few minutes.");
        } catch (RuntimeException e) {
            PageInputs.flashRefusal(redirect, e);
        }
        return "redirect:/sync/listings";
    }

    private Map<String, String> accountNames() {
        return queries
                .query(new ListAccountsQuery(), ResponseTypes.multipleInstancesOf(AccountView.class))
                .join()
                .stream()
                .collect(Collectors.toMap(a -> a.accountId().value(), AccountView::name, (a, b) -> a));
    }

    /** Marketplace id to country code (UK, DE, …), for the templates. */
    private static Map<String, String> countries() {
        return Marketplaces.all().stream().collect(Collectors.toMap(m -> m.id().value(), m -> m.countryCode()));
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web.accounts;

import io.sellersync.api.accounts.AccountConnections;
import io.sellersync.api.accounts.Inputs;
import io.sellersync.api.accounts.WebsiteAuthorization;
import io.sellersync.api.graphql.accounts.MaskedCredentials;
import io.sellersync.api.web.PageInputs;
import io.sellersync.api.web.ReadModelWait;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.ConnectionTestView;
import io.sellersync.messages.accounts.CredentialStatusView;
import io.sellersync.messages.accounts.FindCredentialStatusQuery;
import io.sellersync.messages.accounts.ListAccountsQuery;
import io.sellersync.messages.accounts.TestAccountConnectionQuery;
import io.sellersync.messages.shared.Marketplace;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import io.sellersync.messages.shared.Region;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
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

/** Settings → Accounts: connect, edit marketplaces, replace credentials, remove. */
@Controller
class AccountPages {

    private static final ResponseType<List<AccountView>> ACCOUNTS =
            ResponseTypes.multipleInstancesOf(AccountView.class);

    private final QueryGateway queries;
    private final AccountConnections connections;
    private final ReadModelWait readModel;
    private final Clock clock;
    private final WebsiteAuthorization authorization;

    AccountPages(
            QueryGateway queries,
            AccountConnections connections,
            ReadModelWait readModel,
            Clock clock,
            WebsiteAuthorization authorization) {
        this.queries = queries;
        this.connections = connections;
        this.readModel = readModel;
        this.clock = clock;
        this.authorization = authorization;
    }

    @GetMapping("/settings/accounts")
    String accounts(Model model) {
        List<AccountView> accounts =
                queries.query(new ListAccountsQuery(), ACCOUNTS).join();
        Map<String, MaskedCredentials> credentials = new LinkedHashMap<>();
        for (AccountView account : accounts) {
            CredentialStatusView status = queries.query(
                            new FindCredentialStatusQuery(account.accountId()),
                            ResponseTypes.instanceOf(CredentialStatusView.class))
                    .join();
            credentials.put(account.accountId().value(), MaskedCredentials.of(status));
        }
        model.addAttribute("accounts", accounts);
        model.addAttribute("credentials", credentials);
        Map<Region, List<Marketplace>> byRegion = new EnumMap<>(Region.class);
        for (Region region : Region.values()) {
            byRegion.put(region, Marketplaces.inRegion(region));
        }
        model.addAttribute("marketplacesByRegion", byRegion);
        model.addAttribute("regions", Region.values());
        model.addAttribute(
                "defaults",
                Marketplaces.defaults(Region.EU).stream()
                        .map(MarketplaceId::value)
                        .toList());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("authorizationAvailable", authorization.available());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of("region", "EU"));
        }
        return "settings/accounts";
    }

    @PostMapping("/settings/accounts")
    String connect(
            @RequestParam Map<String, String> form,
            @RequestParam(name = "marketplaces", required = false) List<String> marketplaces,
            RedirectAttributes redirect) {
        return act(redirect, form, () -> {
            Region region = Inputs.region(form.get("region"));
            List<MarketplaceId> chosen = Inputs.marketplaces(region, marketplaces == null ? List.of() : marketplaces);
            AccountId id = readModel.run(
                    new ListAccountsQuery(),
                    ACCOUNTS,
                    () -> connections.connect(new AccountConnections.Connection(
                            form.get("name"),
                            form.get("sellingPartnerId"),
                            region,
                            chosen,
                            form.get("lwaClientId"),
                            form.get("clientSecret"),
                            form.get("refreshToken"),
                            Inputs.date("clientSecretExpiresOn", form.get("clientSecretExpiresOn")),
                            null)),
                    created -> contains(created));
            return "Account \"" + form.get("name").strip() + "\" connected (" + id + ")";
        });
    }

    @PostMapping("/settings/accounts/{id}/marketplaces")
    String changeMarketplaces(
            @PathVariable String id,
            @RequestParam(name = "marketplaces", required = false) List<String> marketplaces,
            RedirectAttributes redirect) {
        List<MarketplaceId> chosen = Inputs.marketplaces(null, marketplaces == null ? List.of() : marketplaces);
        return act(redirect, null, () -> {
            readModel.run(
                    new ListAccountsQuery(),
                    ACCOUNTS,
                    () -> {
                        connections.changeMarketplaces(new AccountId(id), chosen);
                        return id;
                    },
                    done -> accounts -> accounts.stream()
                            .anyMatch(a -> a.accountId().value().equals(id)
                                    && a.marketplaces().equals(chosen)));
            return "Marketplaces saved";
        });
    }

    @PostMapping("/settings/accounts/{id}/credentials")
    String replaceCredentials(
            @PathVariable String id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return act(redirect, null, () -> {
            connections.replaceCredentials(
                    new AccountId(id),
                    form.get("lwaClientId"),
                    form.get("clientSecret"),
                    form.get("refreshToken"),
                    Inputs.date("clientSecretExpiresOn", form.get("clientSecretExpiresOn")));
            return "Credentials replaced";
        });
    }

    @PostMapping("/settings/accounts/{id}/test")
    String testConnection(@PathVariable String id, Model model) {
        model.addAttribute(
                "test",
                queries.query(
                                new TestAccountConnectionQuery(new AccountId(id)),
                                ResponseTypes.instanceOf(ConnectionTestView.class))
                        .join());
        return "settings/accounts :: connection-test";
    }

    @PostMapping("/settings/accounts/{id}/remove")
    String remove(@PathVariable String id, RedirectAttributes redirect) {
        return act(redirect, null, () -> {
            readModel.run(
                    new ListAccountsQuery(),
                    ACCOUNTS,
                    () -> {
                        connections.remove(new AccountId(id));
                        return id;
                    },
                    done -> accounts -> accounts.stream()
                            .noneMatch(a -> a.accountId().value().equals(id)));
            return "Account removed; its stored credentials were deleted";
        });
    }

    private static Predicate<List<AccountView>> contains(AccountId id) {
        return accounts -> accounts.stream().anyMatch(a -> a.accountId().equals(id));
    }

    /** Runs a page action; a refusal comes back as a message naming the field, with the non-secret input kept. */
    private static String act(RedirectAttributes redirect, Map<String, String> form, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (RuntimeException e) {
            PageInputs.flashRefusal(redirect, e);
            if (form != null) {
                Map<String, String> kept = new LinkedHashMap<>(form);
                kept.remove("clientSecret");
                kept.remove("refreshToken");
                kept.remove("_csrf");
                redirect.addFlashAttribute("form", kept);
            }
        }
        return "redirect:/settings/accounts";
    }
}

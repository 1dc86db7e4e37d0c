// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web;

import io.sellersync.api.admin.ProjectionAdmin;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.ListAccountsQuery;
import io.sellersync.messages.activity.ActivityPage;
import io.sellersync.messages.activity.ListActivityQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The dashboard, and the pages of flows that later issues build (they say so, and show no invented data). */
@Controller
class PagesController {

    /** Page path → title and the tracker issue that builds it. */
    private static final Map<String, List<String>> COMING =
            Map.of("orders", List.of("Orders", "8", "Orders from the Orders API 2026-01-01, with inventory links"));

    private final QueryGateway queries;
    private final ProjectionAdmin projections;
    private final Clock clock;

    PagesController(QueryGateway queries, ProjectionAdmin projections, Clock clock) {
        this.queries = queries;
        this.projections = projections;
        this.clock = clock;
    }

    @GetMapping("/")
    String dashboard(Model model) {
        List<AccountView> accounts = queries.query(
                        new ListAccountsQuery(), ResponseTypes.multipleInstancesOf(AccountView.class))
                .join();
        ActivityPage recent = queries.query(
                        new ListActivityQuery(null, null, 0, 8), ResponseTypes.instanceOf(ActivityPage.class))
                .join();
        LocalDate soon = LocalDate.now(clock).plusDays(30);
        long expiring = accounts.stream()
                .filter(a -> a.clientSecretExpiresOn() != null
                        && !a.clientSecretExpiresOn().isAfter(soon))
                .count();
        model.addAttribute("accounts", accounts);
        model.addAttribute("expiring", expiring);
        model.addAttribute("recent", recent);
        model.addAttribute("projections", projections.list());
        model.addAttribute("today", LocalDate.now(clock));
        return "dashboard";
    }

    @GetMapping("/{page:orders}")
    String coming(@PathVariable String page, Model model) {
        List<String> info = COMING.get(page);
        if (info == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("page", page);
        model.addAttribute("title", info.get(0));
        model.addAttribute("issue", info.get(1));
        model.addAttribute("what", info.get(2));
        return "coming";
    }

    @GetMapping("/graphiql")
    String graphiql() {
        return "graphiql";
    }

    @GetMapping("/settings")
    String settings() {
        return "redirect:/settings/accounts";
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web;

import io.sellersync.api.admin.ProjectionAdmin;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.ListAccountsQuery;
import io.sellersync.messages.activity.ActivityPage;
import io.sellersync.messages.activity.ListActivityQuery;
import io.sellersync.messages.orders.OrderFilter;
import io.sellersync.messages.orders.OrderSummaryQuery;
import io.sellersync.messages.orders.OrderSummaryView;
import io.sellersync.messages.sync.ListSyncCursorsQuery;
import io.sellersync.messages.sync.SyncCursorView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard, GraphiQL and the settings entry. */
@Controller
class PagesController {

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
        model.addAttribute(
                "cursors",
                queries.query(new ListSyncCursorsQuery(null), ResponseTypes.multipleInstancesOf(SyncCursorView.class))
                        .join());
        model.addAttribute(
                "orders",
                queries.query(
                                new OrderSummaryQuery(OrderFilter.all()),
                                ResponseTypes.instanceOf(OrderSummaryView.class))
                        .join());
        return "dashboard";
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

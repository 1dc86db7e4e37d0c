// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web.finances;

import io.sellersync.api.finances.FinanceCsv;
import io.sellersync.api.finances.FinanceInputs;
import io.sellersync.api.web.PageInputs;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.ListAccountsQuery;
import io.sellersync.messages.finances.MonthSummaryView;
import io.sellersync.messages.finances.MonthlySummaryQuery;
import io.sellersync.messages.finances.OrderReconciliationFlag;
import io.sellersync.messages.finances.OrderReconciliationPage;
import io.sellersync.messages.finances.OrderReconciliationQuery;
import io.sellersync.messages.finances.OrderReconciliationView;
import io.sellersync.messages.finances.PayoutReconciliationPage;
import io.sellersync.messages.finances.PayoutReconciliationQuery;
import io.sellersync.messages.finances.PayoutReconciliationView;
import io.sellersync.messages.finances.SkuSummaryPage;
import io.sellersync.messages.finances.SkuSummaryQuery;
import io.sellersync.messages.finances.TransactionFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Reconciliation page: per payout (a financial event group's transactions against its transfer) and per order
 * (the order's status and total against its transactions' sales, refunds, fees by category, net proceeds; orders
 * without transactions and transactions without a known order; a filter per flag), mismatches first; per month and per SKU (with margins where the
 * inventory cost is known); and the CSV exports of months, payouts and transactions.
 */
@Controller
class ReconciliationPages {

    static final int PAGE_SIZE = 50;
    private static final Set<String> VIEWS = Set.of("payouts", "orders", "months", "skus");

    private final QueryGateway queries;
    private final Clock clock;

    ReconciliationPages(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/reconciliation")
    String page(
            @RequestParam(defaultValue = "payouts") String view,
            @RequestParam(required = false) String account,
            @RequestParam(required = false) String search,
            @RequestParam(defaultValue = "false") boolean mismatches,
            @RequestParam(required = false) String flag,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        OrderReconciliationFlag orderFlag = flag(flag);
        String shown = VIEWS.contains(view) ? view : "payouts";
        AccountId accountId = PageInputs.blankToNull(account) == null ? null : new AccountId(account.strip());
        String text = PageInputs.blankToNull(search);
        int at = Math.max(0, page);
        switch (shown) {
            case "orders" ->
                model.addAttribute(
                        "orders",
                        queries.query(
                                        new OrderReconciliationQuery(
                                                accountId, text, mismatches, orderFlag, at, PAGE_SIZE),
                                        ResponseTypes.instanceOf(OrderReconciliationPage.class))
                                .join());
            case "months" -> model.addAttribute("months", months(accountId));
            case "skus" ->
                model.addAttribute(
                        "skus",
                        queries.query(
                                        new SkuSummaryQuery(accountId, null, null, text, at, PAGE_SIZE),
                                        ResponseTypes.instanceOf(SkuSummaryPage.class))
                                .join());
            default ->
                model.addAttribute(
                        "payouts",
                        queries.query(
                                        new PayoutReconciliationQuery(accountId, mismatches, at, PAGE_SIZE),
                                        ResponseTypes.instanceOf(PayoutReconciliationPage.class))
                                .join());
        }
        List<AccountView> accounts = accounts();
        model.addAttribute("view", shown);
        model.addAttribute("account", accountId == null ? null : accountId.value());
        model.addAttribute("search", text);
        model.addAttribute("mismatches", mismatches);
        model.addAttribute("flag", orderFlag == null ? null : orderFlag.name());
        model.addAttribute("flags", OrderReconciliationFlag.values());
        model.addAttribute("page", at);
        model.addAttribute("accounts", accounts);
        model.addAttribute("names", TransactionPages.names(accounts));
        model.addAttribute("countries", TransactionPages.countries());
        return "finances/reconciliation";
    }

    @GetMapping("/reconciliation/months.csv")
    void monthsCsv(@RequestParam(required = false) String account, HttpServletResponse response) throws IOException {
        AccountId accountId = PageInputs.blankToNull(account) == null ? null : new AccountId(account.strip());
        Writer out = csv(response, "monthly-summary");
        FinanceCsv.monthsHeader(out);
        for (MonthSummaryView m : months(accountId)) {
            FinanceCsv.month(out, m);
        }
        out.flush();
    }

    @GetMapping("/reconciliation/payouts.csv")
    void payoutsCsv(@RequestParam(required = false) String account, HttpServletResponse response) throws IOException {
        AccountId accountId = PageInputs.blankToNull(account) == null ? null : new AccountId(account.strip());
        Writer out = csv(response, "payouts");
        FinanceCsv.payoutsHeader(out);
        for (int page = 0; ; page++) {
            PayoutReconciliationPage rows = queries.query(
                            new PayoutReconciliationQuery(accountId, false, page, 500),
                            ResponseTypes.instanceOf(PayoutReconciliationPage.class))
                    .join();
            for (PayoutReconciliationView p : rows.items()) {
                FinanceCsv.payout(out, p);
            }
            if (rows.items().size() < 500) {
                break;
            }
        }
        out.flush();
    }

    @GetMapping("/reconciliation/orders.csv")
    void ordersCsv(
            @RequestParam(required = false) String account,
            @RequestParam(defaultValue = "false") boolean mismatches,
            @RequestParam(required = false) String flag,
            HttpServletResponse response)
            throws IOException {
        AccountId accountId = PageInputs.blankToNull(account) == null ? null : new AccountId(account.strip());
        Writer out = csv(response, "orders");
        FinanceCsv.ordersHeader(out);
        for (int page = 0; ; page++) {
            OrderReconciliationPage rows = queries.query(
                            new OrderReconciliationQuery(accountId, null, mismatches, flag(flag), page, 500),
                            ResponseTypes.instanceOf(OrderReconciliationPage.class))
                    .join();
            for (OrderReconciliationView o : rows.items()) {
                FinanceCsv.order(out, o);
            }
            if (rows.items().size() < 500) {
                break;
            }
        }
        out.flush();
    }

    private static OrderReconciliationFlag flag(String flag) {
        if (PageInputs.blankToNull(flag) == null) {
            return null;
        }
        try {
            return OrderReconciliationFlag.valueOf(flag.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Writer csv(HttpServletResponse response, String name) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"" + name + "-" + LocalDate.now(clock) + ".csv\"");
        return new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    }

    private List<MonthSummaryView> months(AccountId accountId) {
        TransactionFilter filter = FinanceInputs.filter(
                "", accountId == null ? null : accountId.value(), null, null, null, null, null, null, false);
        return queries.query(new MonthlySummaryQuery(filter), ResponseTypes.multipleInstancesOf(MonthSummaryView.class))
                .join();
    }

    private List<AccountView> accounts() {
        return queries.query(new ListAccountsQuery(), ResponseTypes.multipleInstancesOf(AccountView.class))
                .join();
    }
}

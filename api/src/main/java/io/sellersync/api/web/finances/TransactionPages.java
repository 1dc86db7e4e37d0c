// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web.finances;

import io.sellersync.api.finances.FinanceCsv;
import io.sellersync.api.finances.FinanceInputs;
import io.sellersync.api.web.PageInputs;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.ListAccountsQuery;
import io.sellersync.messages.finances.CurrencyTotalsView;
import io.sellersync.messages.finances.FinancialTransactionId;
import io.sellersync.messages.finances.FindTransactionQuery;
import io.sellersync.messages.finances.ImportTransactionsCommand;
import io.sellersync.messages.finances.ListTransactionImportsQuery;
import io.sellersync.messages.finances.ListTransactionsQuery;
import io.sellersync.messages.finances.MonthSummaryView;
import io.sellersync.messages.finances.MonthlySummaryQuery;
import io.sellersync.messages.finances.SyncTransactionsCommand;
import io.sellersync.messages.finances.TransactionDetailView;
import io.sellersync.messages.finances.TransactionFacetsQuery;
import io.sellersync.messages.finances.TransactionFacetsView;
import io.sellersync.messages.finances.TransactionFilter;
import io.sellersync.messages.finances.TransactionImportView;
import io.sellersync.messages.finances.TransactionPage;
import io.sellersync.messages.finances.TransactionSummaryQuery;
import io.sellersync.messages.finances.TransactionView;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.Marketplaces;
import io.sellersync.messages.sync.ListSyncCursorsQuery;
import io.sellersync.messages.sync.SyncCursorView;
import io.sellersync.messages.sync.SyncDataSet;
import io.sellersync.messages.sync.SyncWindowKind;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Transactions page: summary cards per currency, filters (type, status, marketplace, date preset or range,
 * uncategorised only), search by order id, SKU or ASIN, the server-side paged and sorted table, the charts (fees by
 * category per month, net proceeds per month), the sync status with "sync now", "sweep" and a historical import, the
 * CSV export of the current filter, and one transaction's page with its breakdown tree and history.
 */
@Controller
class TransactionPages {

    static final int PAGE_SIZE = 50;
    private static final int EXPORT_PAGE = 1000;

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final FinanceCharts charts;
    private final Clock clock;

    TransactionPages(QueryGateway queries, CommandGateway commands, FinanceCharts charts, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.charts = charts;
        this.clock = clock;
    }

    @GetMapping("/transactions")
    String list(
            @RequestParam(required = false) String account,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String marketplace,
            @RequestParam(required = false) String preset,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String search,
            @RequestParam(defaultValue = "false") boolean uncategorised,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "true") boolean desc,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        TransactionListView list = new TransactionListView(
                PageInputs.blankToNull(account),
                PageInputs.blankToNull(type),
                PageInputs.blankToNull(status),
                PageInputs.blankToNull(marketplace),
                PageInputs.blankToNull(preset),
                PageInputs.blankToNull(from),
                PageInputs.blankToNull(to),
                PageInputs.blankToNull(search),
                uncategorised,
                TransactionListView.knownSort(sort),
                desc,
                Math.max(0, page));
        TransactionFilter filter;
        try {
            filter = filter(list);
        } catch (BusinessException e) {
            model.addAttribute("error", e.error());
            filter = TransactionFilter.all();
            list = new TransactionListView(
                    null, null, null, null, null, null, null, null, false, list.sort(), list.desc(), 0);
        }
        TransactionPage result = queries.query(
                        new ListTransactionsQuery(filter, list.sort(), list.desc(), list.page(), PAGE_SIZE),
                        ResponseTypes.instanceOf(TransactionPage.class))
                .join();
        List<CurrencyTotalsView> totals = queries.query(
                        new TransactionSummaryQuery(filter),
                        ResponseTypes.multipleInstancesOf(CurrencyTotalsView.class))
                .join();
        List<MonthSummaryView> months = queries.query(
                        new MonthlySummaryQuery(filter), ResponseTypes.multipleInstancesOf(MonthSummaryView.class))
                .join();
        TransactionFacetsView facets = queries.query(
                        new TransactionFacetsQuery(null), ResponseTypes.instanceOf(TransactionFacetsView.class))
                .join();
        List<AccountView> accounts = accounts();
        model.addAttribute("list", list);
        model.addAttribute("result", result);
        model.addAttribute("totals", totals);
        model.addAttribute("facets", facets);
        model.addAttribute("accounts", accounts);
        model.addAttribute("names", names(accounts));
        model.addAttribute("presets", FinanceInputs.PRESETS);
        model.addAttribute("countries", countries());
        model.addAttribute("feeChart", charts.feesByCategory(months));
        model.addAttribute("netChart", charts.netPerMonth(months));
        model.addAttribute("hasMonths", !months.isEmpty());
        model.addAttribute("cursors", cursors());
        model.addAttribute("imports", imports());
        model.addAttribute("today", LocalDate.now(clock));
        return "finances/transactions";
    }

    @GetMapping("/transactions/{id}")
    String detail(@PathVariable String id, Model model) {
        TransactionDetailView detail = queries.query(
                        new FindTransactionQuery(new FinancialTransactionId(id)),
                        ResponseTypes.optionalInstanceOf(TransactionDetailView.class))
                .join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("detail", detail);
        model.addAttribute("t", detail.summary());
        model.addAttribute("names", names(accounts()));
        model.addAttribute("countries", countries());
        return "finances/transaction";
    }

    @GetMapping("/transactions/export.csv")
    void export(
            @RequestParam(required = false) String account,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String marketplace,
            @RequestParam(required = false) String preset,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String search,
            @RequestParam(defaultValue = "false") boolean uncategorised,
            HttpServletResponse response)
            throws IOException {
        TransactionFilter filter = filter(new TransactionListView(
                PageInputs.blankToNull(account),
                PageInputs.blankToNull(type),
                PageInputs.blankToNull(status),
                PageInputs.blankToNull(marketplace),
                PageInputs.blankToNull(preset),
                PageInputs.blankToNull(from),
                PageInputs.blankToNull(to),
                PageInputs.blankToNull(search),
                uncategorised,
                null,
                false,
                0));
        Map<String, String> names = names(accounts());
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"transactions-" + LocalDate.now(clock) + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        FinanceCsv.transactionsHeader(out);
        for (int page = 0; ; page++) {
            TransactionPage rows = queries.query(
                            new ListTransactionsQuery(filter, "postedDate", false, page, EXPORT_PAGE),
                            ResponseTypes.instanceOf(TransactionPage.class))
                    .join();
            for (TransactionView t : rows.items()) {
                FinanceCsv.transaction(
                        out,
                        t,
                        names.getOrDefault(t.accountId().value(), t.accountId().value()));
            }
            if (rows.items().size() < EXPORT_PAGE) {
                break;
            }
        }
        out.flush();
    }

    @PostMapping("/transactions/sync")
    String sync(
            @RequestParam String accountId,
            @RequestParam(defaultValue = "INCREMENTAL") String kind,
            RedirectAttributes redirect) {
        try {
            SyncWindowKind which = "SWEEP".equals(kind) ? SyncWindowKind.SWEEP : SyncWindowKind.INCREMENTAL;
            commands.sendAndWait(new SyncTransactionsCommand(new AccountId(accountId), which));
            redirect.addFlashAttribute(
                    "notice",
                    which == SyncWindowKind.SWEEP
                            ? "Re-reading the last 30 days of transactions from Amazon; reload in a moment."
                            : "Reading new transactions from Amazon; reload in a moment.");
        } catch (RuntimeException e) {
            PageInputs.flashRefusal(redirect, e);
        }
        return "redirect:/transactions";
    }

    @PostMapping("/transactions/import")
    String importHistory(
            @RequestParam String accountId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            RedirectAttributes redirect) {
        try {
            Instant start = FinanceInputs.instant("from", from);
            Instant end = FinanceInputs.instant("to", to);
            if (start == null) {
                throw BusinessException.invalid("from", "Say from which day to import");
            }
            if (end == null) {
                throw BusinessException.invalid("to", "Say until which day to import");
            }
            commands.sendAndWait(
                    new ImportTransactionsCommand(UUID.randomUUID().toString(), new AccountId(accountId), start, end));
            redirect.addFlashAttribute(
                    "notice", "Importing transactions from " + from + " to " + to + "; the progress shows below.");
        } catch (RuntimeException e) {
            PageInputs.flashRefusal(redirect, e);
        }
        return "redirect:/transactions";
    }

    private TransactionFilter filter(TransactionListView list) {
        String from = list.from();
        String to = list.to();
        if (from == null && to == null && list.preset() != null) {
            Instant[] range = FinanceInputs.preset(list.preset(), clock);
            from = range[0] == null ? null : range[0].toString();
            to = range[1] == null ? null : range[1].toString();
        }
        return FinanceInputs.filter(
                "",
                list.account(),
                list.type(),
                list.status(),
                list.marketplace(),
                from,
                to,
                list.search(),
                list.uncategorised());
    }

    private List<AccountView> accounts() {
        return queries.query(new ListAccountsQuery(), ResponseTypes.multipleInstancesOf(AccountView.class))
                .join();
    }

    private List<SyncCursorView> cursors() {
        return queries
                .query(new ListSyncCursorsQuery(null), ResponseTypes.multipleInstancesOf(SyncCursorView.class))
                .join()
                .stream()
                .filter(c -> c.dataSet() == SyncDataSet.TRANSACTIONS)
                .toList();
    }

    private List<TransactionImportView> imports() {
        return queries.query(
                        new ListTransactionImportsQuery(null),
                        ResponseTypes.multipleInstancesOf(TransactionImportView.class))
                .join();
    }

    static Map<String, String> names(List<AccountView> accounts) {
        return accounts.stream().collect(Collectors.toMap(a -> a.accountId().value(), AccountView::name, (a, b) -> a));
    }

    static Map<String, String> countries() {
        return Marketplaces.all().stream().collect(Collectors.toMap(m -> m.id().value(), m -> m.countryCode()));
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web.orders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sellersync.api.finances.FinanceInputs;
import io.sellersync.api.orders.OrderInputs;
import io.sellersync.api.web.PageInputs;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.ListAccountsQuery;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryItemView;
import io.sellersync.messages.orders.AmazonOrderId;
import io.sellersync.messages.orders.BackfillOrdersCommand;
import io.sellersync.messages.orders.FindLinkCandidatesQuery;
import io.sellersync.messages.orders.FindOrderQuery;
import io.sellersync.messages.orders.FindOrderSyncStatusQuery;
import io.sellersync.messages.orders.FulfillmentChannel;
import io.sellersync.messages.orders.IgnoreUnmatchedOrderItemCommand;
import io.sellersync.messages.orders.ListOrderBackfillsQuery;
import io.sellersync.messages.orders.ListOrdersQuery;
import io.sellersync.messages.orders.ListUnmatchedOrderItemsQuery;
import io.sellersync.messages.orders.OrderBackfillView;
import io.sellersync.messages.orders.OrderDetailView;
import io.sellersync.messages.orders.OrderFilter;
import io.sellersync.messages.orders.OrderItemView;
import io.sellersync.messages.orders.OrderPage;
import io.sellersync.messages.orders.OrderStatus;
import io.sellersync.messages.orders.OrderSummaryQuery;
import io.sellersync.messages.orders.OrderSummaryView;
import io.sellersync.messages.orders.OrderSyncStatusView;
import io.sellersync.messages.orders.OrdersPerDayQuery;
import io.sellersync.messages.orders.OrdersPerDayView;
import io.sellersync.messages.orders.ReleaseOrderItemCommand;
import io.sellersync.messages.orders.ResolveUnmatchedOrderItemCommand;
import io.sellersync.messages.orders.SyncOrdersCommand;
import io.sellersync.messages.orders.UnitPick;
import io.sellersync.messages.orders.UnmatchedOrderItemPage;
import io.sellersync.messages.orders.UnmatchedOrderItemView;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.Marketplaces;
import io.sellersync.messages.sync.SyncWindowKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
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
 * The Orders pages: status cards, filters (status, marketplace, channel, purchase date preset or range,
 * linked/unmatched), search by order id, SKU or ASIN, the server-side paged and sorted table, the orders-per-day chart,
 * the sync panel ("sync now", "re-read 7 days", backfill of a date range) with live progress; one order with its items,
 * linked inventory and history; and the unmatched items with "pick units" and "ignore".
 */
@Controller
class OrderPages {

    static final int PAGE_SIZE = 50;
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final int CANDIDATES = 20;

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    OrderPages(QueryGateway queries, CommandGateway commands, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping("/orders")
    String list(
            @RequestParam(required = false) String account,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String marketplace,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) String preset,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String link,
            @RequestParam(required = false) String search,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "true") boolean desc,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        OrderListView list = new OrderListView(
                PageInputs.blankToNull(account),
                PageInputs.blankToNull(status),
                PageInputs.blankToNull(marketplace),
                PageInputs.blankToNull(channel),
                PageInputs.blankToNull(preset),
                PageInputs.blankToNull(from),
                PageInputs.blankToNull(to),
                PageInputs.blankToNull(link),
                PageInputs.blankToNull(search),
                OrderListView.knownSort(sort),
                desc,
                Math.max(0, page));
        OrderFilter filter;
        try {
            filter = filter(list);
        } catch (BusinessException e) {
            model.addAttribute("error", e.error());
            filter = OrderFilter.all();
            list = OrderListView.empty(list.sort(), list.desc());
        }
        OrderPage result = queries.query(
                        new ListOrdersQuery(filter, list.sort(), list.desc(), list.page(), PAGE_SIZE),
                        ResponseTypes.instanceOf(OrderPage.class))
                .join();
        OrderSummaryView summary = queries.query(
                        new OrderSummaryQuery(filter), ResponseTypes.instanceOf(OrderSummaryView.class))
                .join();
        List<OrdersPerDayView> days = queries.query(
                        new OrdersPerDayQuery(filter), ResponseTypes.multipleInstancesOf(OrdersPerDayView.class))
                .join();
        List<AccountView> accounts = accounts();
        model.addAttribute("list", list);
        model.addAttribute("result", result);
        model.addAttribute("summary", summary);
        model.addAttribute("accounts", accounts);
        model.addAttribute("names", names(accounts));
        model.addAttribute("presets", FinanceInputs.PRESETS);
        model.addAttribute("countries", countries());
        model.addAttribute("marketplaces", marketplaces(accounts));
        model.addAttribute("statuses", OrderStatus.values());
        model.addAttribute("channels", FulfillmentChannel.values());
        model.addAttribute("dayChart", dayChart(days));
        model.addAttribute("hasDays", !days.isEmpty());
        model.addAttribute("today", LocalDate.now(clock));
        panel(model, accounts);
        return "orders/orders";
    }

    @GetMapping("/orders/sync-panel")
    String syncPanel(Model model) {
        List<AccountView> accounts = accounts();
        model.addAttribute("names", names(accounts));
        panel(model, accounts);
        return "orders/sync-panel :: panel";
    }

    @GetMapping("/orders/{id}")
    String detail(@PathVariable String id, Model model) {
        AmazonOrderId orderId;
        try {
            orderId = OrderInputs.orderId("id", id);
        } catch (BusinessException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        OrderDetailView detail = queries.query(
                        new FindOrderQuery(orderId), ResponseTypes.optionalInstanceOf(OrderDetailView.class))
                .join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("detail", detail);
        model.addAttribute("o", detail.summary());
        model.addAttribute("names", names(accounts()));
        model.addAttribute("countries", countries());
        return "orders/order";
    }

    @GetMapping("/orders/unmatched")
    String unmatched(
            @RequestParam(required = false) String account, @RequestParam(defaultValue = "0") int page, Model model) {
        String accountId = PageInputs.blankToNull(account);
        UnmatchedOrderItemPage result = queries.query(
                        new ListUnmatchedOrderItemsQuery(
                                accountId == null ? null : new AccountId(accountId), Math.max(0, page), PAGE_SIZE),
                        ResponseTypes.instanceOf(UnmatchedOrderItemPage.class))
                .join();
        Map<String, List<InventoryItemView>> candidates = new LinkedHashMap<>();
        for (UnmatchedOrderItemView u : result.items()) {
            candidates.put(
                    u.orderId().value() + "#" + u.orderItemId(),
                    queries.query(
                                    new FindLinkCandidatesQuery(u.sellerSku(), u.asin(), CANDIDATES),
                                    ResponseTypes.multipleInstancesOf(InventoryItemView.class))
                            .join());
        }
        List<AccountView> accounts = accounts();
        model.addAttribute("result", result);
        model.addAttribute("candidates", candidates);
        model.addAttribute("account", accountId);
        model.addAttribute("accounts", accounts);
        model.addAttribute("names", names(accounts));
        model.addAttribute("countries", countries());
        return "orders/unmatched";
    }

    @PostMapping("/orders/sync")
    String sync(
            @RequestParam String accountId,
            @RequestParam(defaultValue = "INCREMENTAL") String kind,
            RedirectAttributes redirect) {
        try {
            SyncWindowKind which = "SWEEP".equals(kind) ? SyncWindowKind.SWEEP : SyncWindowKind.INCREMENTAL;
            commands.sendAndWait(new SyncOrdersCommand(OrderInputs.requiredAccount("accountId", accountId), which));
            redirect.addFlashAttribute(
                    "notice",
                    which == SyncWindowKind.SWEEP
                            ? "Re-reading the last days of orders from Amazon; the progress shows below."
                            : "Reading new orders from Amazon; the progress shows below.");
        } catch (RuntimeException e) {
            PageInputs.flashRefusal(redirect, e);
        }
        return "redirect:/orders";
    }

    @PostMapping("/orders/backfill")
    String backfill(
            @RequestParam String accountId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            RedirectAttributes redirect) {
        try {
            Instant start = FinanceInputs.instant("from", from);
            Instant end = FinanceInputs.instant("to", to);
            if (start == null) {
                throw BusinessException.invalid("from", "Say from which day to read orders");
            }
            if (end == null) {
                throw BusinessException.invalid("to", "Say until which day to read orders");
            }
            if (!end.isAfter(start)) {
                throw BusinessException.invalid("to", "The range must end after it starts (" + from + ")");
            }
            commands.sendAndWait(new BackfillOrdersCommand(
                    UUID.randomUUID().toString(), OrderInputs.requiredAccount("accountId", accountId), start, end));
            redirect.addFlashAttribute(
                    "notice", "Reading orders created from " + from + " to " + to + "; the progress shows below.");
        } catch (RuntimeException e) {
            PageInputs.flashRefusal(redirect, e);
        }
        return "redirect:/orders";
    }

    @PostMapping("/orders/unmatched/resolve")
    String resolve(
            @RequestParam String orderId,
            @RequestParam String orderItemId,
            @RequestParam(required = false) String itemId,
            @RequestParam(defaultValue = "1") int units,
            RedirectAttributes redirect) {
        try {
            if (itemId == null || itemId.isBlank()) {
                throw BusinessException.invalid("itemId", "Pick the inventory item the units came from");
            }
            if (units < 1) {
                throw BusinessException.invalid("units", "Pick at least one unit");
            }
            AmazonOrderId id = OrderInputs.orderId("orderId", orderId);
            int before = linkedUnits(id, orderItemId);
            commands.sendAndWait(new ResolveUnmatchedOrderItemCommand(
                    id, orderItemId, List.of(new UnitPick(new InventoryItemId(itemId), units))));
            awaitItem(id, orderItemId, i -> i.linkedUnits() > before);
            redirect.addFlashAttribute("notice", units + " unit(s) linked to order " + amazonId(orderId) + ".");
        } catch (RuntimeException e) {
            PageInputs.flashRefusal(redirect, e);
        }
        return "redirect:/orders/unmatched";
    }

    @PostMapping("/orders/unmatched/ignore")
    String ignore(@RequestParam String orderId, @RequestParam String orderItemId, RedirectAttributes redirect) {
        try {
            AmazonOrderId id = OrderInputs.orderId("orderId", orderId);
            commands.sendAndWait(new IgnoreUnmatchedOrderItemCommand(id, orderItemId));
            awaitItem(id, orderItemId, i -> i.unmatchedUnits() == 0);
            redirect.addFlashAttribute("notice", "Unmatched units of order " + amazonId(orderId) + " ignored.");
        } catch (RuntimeException e) {
            PageInputs.flashRefusal(redirect, e);
        }
        return "redirect:/orders/unmatched";
    }

    @PostMapping("/orders/release")
    String release(
            @RequestParam String orderId,
            @RequestParam String orderItemId,
            @RequestParam(defaultValue = "RETURNED") String reason,
            RedirectAttributes redirect) {
        try {
            AmazonOrderId id = OrderInputs.orderId("orderId", orderId);
            commands.sendAndWait(new ReleaseOrderItemCommand(id, orderItemId, OrderInputs.reason("reason", reason)));
            awaitItem(id, orderItemId, i -> i.linkedUnits() == 0);
            redirect.addFlashAttribute("notice", "The item's inventory units were released.");
        } catch (RuntimeException e) {
            PageInputs.flashRefusal(redirect, e);
        }
        return "redirect:/orders/" + orderId;
    }

    /**
     * Waits briefly (at most 5 s) until the read model shows the order item as {@code done} says, so the page rendered
     * next does not show the state from before the command; after that it renders anyway.
     */
    private void awaitItem(AmazonOrderId id, String orderItemId, Predicate<OrderItemView> done) {
        long until = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < until) {
            if (item(id, orderItemId).map(done::test).orElse(false)) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private int linkedUnits(AmazonOrderId id, String orderItemId) {
        return item(id, orderItemId).map(OrderItemView::linkedUnits).orElse(0);
    }

    private Optional<OrderItemView> item(AmazonOrderId id, String orderItemId) {
        return queries.query(new FindOrderQuery(id), ResponseTypes.optionalInstanceOf(OrderDetailView.class))
                .join()
                .flatMap(d -> d.items().stream()
                        .filter(i -> i.item().orderItemId().equals(orderItemId))
                        .findFirst());
    }

    private void panel(Model model, List<AccountView> accounts) {
        List<OrderSyncStatusView> statuses = queries.query(
                        new FindOrderSyncStatusQuery(null),
                        ResponseTypes.multipleInstancesOf(OrderSyncStatusView.class))
                .exceptionally(e -> List.of())
                .join();
        List<OrderBackfillView> backfills = queries.query(
                        new ListOrderBackfillsQuery(null), ResponseTypes.multipleInstancesOf(OrderBackfillView.class))
                .exceptionally(e -> List.of())
                .join();
        model.addAttribute("syncAccounts", accounts);
        model.addAttribute(
                "syncStatuses",
                statuses.stream().collect(Collectors.toMap(s -> s.accountId().value(), s -> s, (a, b) -> a)));
        model.addAttribute("backfills", backfills);
    }

    private OrderFilter filter(OrderListView list) {
        String from = list.from();
        String to = list.to();
        if (from == null && to == null && list.preset() != null) {
            Instant[] range = FinanceInputs.preset(list.preset(), clock);
            from = range[0] == null ? null : range[0].toString();
            to = range[1] == null ? null : range[1].toString();
        }
        return OrderInputs.filter(
                "",
                list.account(),
                list.status(),
                list.marketplace(),
                list.channel(),
                from,
                to,
                list.link(),
                list.search());
    }

    /** Orders and units per day as a Chart.js configuration (handed to Chart.js as is by js/finances.js). */
    private String dayChart(List<OrdersPerDayView> days) {
        ObjectNode chart = json.createObjectNode();
        chart.put("type", "bar");
        ObjectNode data = chart.putObject("data");
        ArrayNode labels = data.putArray("labels");
        ArrayNode datasets = data.putArray("datasets");
        ObjectNode orders = datasets.addObject();
        orders.put("label", "Orders");
        orders.put("backgroundColor", "#1f6feb");
        ArrayNode orderData = orders.putArray("data");
        ObjectNode units = datasets.addObject();
        units.put("label", "Units");
        units.put("backgroundColor", "#9a6700");
        ArrayNode unitData = units.putArray("data");
        for (OrdersPerDayView day : days) {
            labels.add(day.day().toString());
            orderData.add(day.orders());
            unitData.add(day.units());
        }
        ObjectNode options = chart.putObject("options");
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        options.put("animation", false);
        ObjectNode plugins = options.putObject("plugins");
        plugins.putObject("title").put("display", true).put("text", "Orders per day (UTC)");
        plugins.putObject("legend").put("position", "bottom");
        try {
            return json.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<AccountView> accounts() {
        return queries.query(new ListAccountsQuery(), ResponseTypes.multipleInstancesOf(AccountView.class))
                .join();
    }

    private static String amazonId(String orderId) {
        return orderId.contains("@") ? orderId.substring(orderId.indexOf('@') + 1) : orderId;
    }

    static Map<String, String> names(List<AccountView> accounts) {
        return accounts.stream().collect(Collectors.toMap(a -> a.accountId().value(), AccountView::name, (a, b) -> a));
    }

    static Map<String, String> countries() {
        return Marketplaces.all().stream().collect(Collectors.toMap(m -> m.id().value(), m -> m.countryCode()));
    }

    /** The marketplaces the accounts have enabled, id → country code, for the filter. */
    static Map<String, String> marketplaces(List<AccountView> accounts) {
        Map<String, String> countries = countries();
        Map<String, String> result = new LinkedHashMap<>();
        accounts.stream()
                .flatMap(a -> a.marketplaces().stream())
                .forEach(m -> result.putIfAbsent(m.value(), countries.getOrDefault(m.value(), m.value())));
        return result;
    }
}

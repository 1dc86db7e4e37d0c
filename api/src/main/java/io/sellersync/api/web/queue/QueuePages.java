// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web.queue;

import io.sellersync.api.graphql.GraphQlErrors;
import io.sellersync.api.queue.AddOutcome;
import io.sellersync.api.queue.QueueService;
import io.sellersync.api.queue.SyncSettings;
import io.sellersync.api.web.PageInputs;
import io.sellersync.api.web.ReadModelWait;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.ListAccountsQuery;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.queue.ConflictResolution;
import io.sellersync.messages.queue.ListQueueQuery;
import io.sellersync.messages.queue.QueueEntryView;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.queue.QueueSummaryQuery;
import io.sellersync.messages.queue.QueueSummaryView;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import io.sellersync.messages.shared.Money;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Amazon Sync → Queue: summary cards, the entries with local vs live price and quantity, remove and clear (neither
 * touches Amazon), the add-to-queue endpoint the Inventory page posts to, and the conflict dialog (htmx) that walks
 * through open conflicts one after another.
 */
@Controller
class QueuePages {

    /**
     * One account and marketplace with queue entries: what its "Dry run" and "Submit…" buttons act on. {@code
     * twoPhase}: the entries raise a price or add units to a live offer (from what Amazon showed when they were
     * queued), so the two-phase switch starts on; the confirmation page decides again from a fresh read.
     */
    record FeedTarget(
            String accountId,
            String marketplaceId,
            String accountName,
            String country,
            long entries,
            long ready,
            boolean twoPhase) {}

    private static final ResponseType<List<QueueEntryView>> ENTRIES =
            ResponseTypes.multipleInstancesOf(QueueEntryView.class);

    private final QueryGateway queries;
    private final QueueService queue;
    private final ReadModelWait readModel;

    QueuePages(QueryGateway queries, QueueService queue, ReadModelWait readModel) {
        this.queries = queries;
        this.queue = queue;
        this.readModel = readModel;
    }

    @GetMapping("/sync")
    String sync() {
        return "redirect:/sync/queue";
    }

    @GetMapping("/sync/queue")
    String queue(
            @RequestParam(required = false) String accountId,
            @RequestParam(required = false) String marketplaceId,
            Model model) {
        AccountId account = blank(accountId) ? null : new AccountId(accountId);
        MarketplaceId marketplace = blank(marketplaceId) ? null : new MarketplaceId(marketplaceId);
        List<QueueEntryView> entries =
                queries.query(new ListQueueQuery(account, marketplace), ENTRIES).join();
        QueueSummaryView summary = queries.query(
                        new QueueSummaryQuery(account, marketplace), ResponseTypes.instanceOf(QueueSummaryView.class))
                .join();
        List<AccountView> accounts = accounts();
        model.addAttribute("entries", entries);
        model.addAttribute("summary", summary);
        model.addAttribute("accounts", accounts);
        model.addAttribute(
                "accountNames",
                accounts.stream().collect(Collectors.toMap(a -> a.accountId().value(), AccountView::name)));
        model.addAttribute("feedTargets", feedTargets(entries, accounts));
        model.addAttribute("accountId", accountId);
        model.addAttribute("marketplaceId", marketplaceId);
        model.addAttribute(
                "conflicts",
                entries.stream().filter(QueueEntryView::hasConflict).count());
        return "sync/queue";
    }

    @PostMapping("/sync/queue/add")
    String add(
            @RequestParam(name = "itemIds", required = false) List<String> itemIds,
            @RequestParam(required = false) String accountId,
            @RequestParam(required = false) String marketplaceId,
            @RequestParam(required = false) String target,
            @RequestParam(required = false, defaultValue = "false") boolean reprice,
            RedirectAttributes redirect) {
        SyncSettings.Defaults chosen = QueueTargets.parse(target);
        AccountId account = chosen != null && blank(accountId)
                ? chosen.accountId()
                : blank(accountId) ? null : new AccountId(accountId);
        MarketplaceId marketplace = chosen != null && blank(accountId)
                ? chosen.marketplaceId()
                : blank(marketplaceId) ? null : new MarketplaceId(marketplaceId);
        try {
            List<InventoryItemId> ids = itemIds == null
                    ? List.of()
                    : itemIds.stream()
                            .filter(id -> !blank(id))
                            .map(InventoryItemId::new)
                            .toList();
            List<AddOutcome> outcomes = readModel.run(
                    new ListQueueQuery(null, null),
                    ENTRIES,
                    () -> queue.add(ids, account, marketplace, reprice),
                    done -> shows(
                            done.stream()
                                    .map(AddOutcome::entryId)
                                    .filter(id -> id != null)
                                    .collect(Collectors.toSet()),
                            done.stream()
                                    .filter(o -> o.status() == AddOutcome.Status.CONFLICT)
                                    .map(AddOutcome::entryId)
                                    .collect(Collectors.toSet())));
            redirect.addFlashAttribute("notice", AddSummary.sentence(outcomes));
            redirect.addFlashAttribute("results", outcomes);
            if (outcomes.stream().anyMatch(o -> o.status() == AddOutcome.Status.CONFLICT)) {
                redirect.addFlashAttribute("openConflicts", true);
            }
        } catch (RuntimeException e) {
            PageInputs.flashRefusal(redirect, e);
        }
        return "redirect:/sync/queue";
    }

    @PostMapping("/sync/queue/remove")
    String remove(@RequestParam String entryId, RedirectAttributes redirect) {
        QueueItemId id = new QueueItemId(entryId);
        return act(redirect, () -> {
            readModel.run(
                    new ListQueueQuery(null, null),
                    ENTRIES,
                    () -> {
                        queue.remove(id);
                        return id;
                    },
                    done -> list -> list.stream().noneMatch(e -> e.queueItemId().equals(id)));
            return "Removed from the queue; nothing changed on Amazon";
        });
    }

    @PostMapping("/sync/queue/clear")
    String clear(@RequestParam(required = false) String accountId, RedirectAttributes redirect) {
        AccountId account = blank(accountId) ? null : new AccountId(accountId);
        return act(redirect, () -> {
            int removed = readModel.run(
                    new ListQueueQuery(account, null),
                    ENTRIES,
                    () -> queue.clear(account, null),
                    done -> List::isEmpty);
            return "Queue cleared: " + removed + (removed == 1 ? " entry" : " entries")
                    + " removed. Nothing changed on Amazon.";
        });
    }

    /** The conflict dialog's content: the chosen (or first) open conflict, with its position among all of them. */
    @GetMapping("/sync/queue/conflicts")
    String conflict(@RequestParam(required = false) String entryId, Model model) {
        return conflictDialog(entryId, model);
    }

    @PostMapping("/sync/queue/conflicts/resolve")
    String resolve(
            @RequestParam String entryId, @RequestParam String resolution, Model model, HttpServletResponse response) {
        QueueItemId id = new QueueItemId(entryId);
        try {
            ConflictResolution chosen = ConflictResolution.valueOf(resolution);
            readModel.run(
                    new ListQueueQuery(null, null),
                    ENTRIES,
                    () -> {
                        queue.resolve(id, chosen);
                        return id;
                    },
                    done -> list -> list.stream().noneMatch(e -> e.queueItemId().equals(id) && e.hasConflict()));
        } catch (IllegalArgumentException e) {
            model.addAttribute("problem", "Choose use my price, use Amazon's price or skip");
        } catch (RuntimeException e) {
            model.addAttribute(
                    "problem",
                    GraphQlErrors.businessError(e).orElseThrow(() -> e).message());
        }
        if (openConflicts().isEmpty() && !model.containsAttribute("problem")) {
            response.setHeader("HX-Redirect", "/sync/queue");
        }
        return conflictDialog(null, model);
    }

    private String conflictDialog(String entryId, Model model) {
        List<QueueEntryView> open = openConflicts();
        int index = 0;
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i).queueItemId().value().equals(entryId)) {
                index = i;
            }
        }
        model.addAttribute("conflict", open.isEmpty() ? null : open.get(index));
        model.addAttribute("position", index + 1);
        model.addAttribute("total", open.size());
        return "sync/conflict :: conflict";
    }

    private List<QueueEntryView> openConflicts() {
        return queries.query(new ListQueueQuery(null, null), ENTRIES).join().stream()
                .filter(QueueEntryView::hasConflict)
                .toList();
    }

    /** The targets with entries, in the order their first entry appears. */
    private static List<FeedTarget> feedTargets(List<QueueEntryView> entries, List<AccountView> accounts) {
        Map<String, String> names =
                accounts.stream().collect(Collectors.toMap(a -> a.accountId().value(), AccountView::name, (a, b) -> a));
        Map<List<String>, List<QueueEntryView>> byTarget = entries.stream()
                .collect(Collectors.groupingBy(
                        e -> List.of(e.accountId().value(), e.marketplaceId().value()),
                        LinkedHashMap::new,
                        Collectors.toList()));
        return byTarget.entrySet().stream()
                .map(t -> new FeedTarget(
                        t.getKey().get(0),
                        t.getKey().get(1),
                        names.getOrDefault(t.getKey().get(0), t.getKey().get(0)),
                        Marketplaces.countryCode(new MarketplaceId(t.getKey().get(1))),
                        t.getValue().size(),
                        t.getValue().stream()
                                .filter(e -> !e.inFeed() && !e.inRun() && !e.hasConflict())
                                .count(),
                        t.getValue().stream().anyMatch(QueuePages::risky)))
                .toList();
    }

    /** A price rise over Amazon's price, or units added to an offer Amazon already has. */
    private static boolean risky(QueueEntryView entry) {
        Money live = entry.livePrice();
        boolean raise = live != null
                && live.currency().equals(entry.price().currency())
                && entry.price().amount().compareTo(live.amount()) > 0;
        return raise || (live != null && !entry.reprice() && entry.quantity() > 0);
    }

    private List<AccountView> accounts() {
        return queries.query(new ListAccountsQuery(), ResponseTypes.multipleInstancesOf(AccountView.class))
                .join();
    }

    /** The read model shows every added entry, and the conflicts the add reported (recorded by a later event). */
    private static Predicate<List<QueueEntryView>> shows(Set<QueueItemId> ids, Set<QueueItemId> conflicted) {
        return list -> list.stream()
                        .map(QueueEntryView::queueItemId)
                        .collect(Collectors.toSet())
                        .containsAll(ids)
                && list.stream()
                        .filter(QueueEntryView::hasConflict)
                        .map(QueueEntryView::queueItemId)
                        .collect(Collectors.toSet())
                        .containsAll(conflicted);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String act(RedirectAttributes redirect, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (RuntimeException e) {
            PageInputs.flashRefusal(redirect, e);
        }
        return "redirect:/sync/queue";
    }
}

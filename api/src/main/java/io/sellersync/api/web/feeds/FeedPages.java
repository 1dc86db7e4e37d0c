// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web.feeds;

import io.sellersync.api.feeds.FeedService;
import io.sellersync.api.feeds.FeedStarted;
import io.sellersync.api.web.PageInputs;
import io.sellersync.api.web.ReadModelWait;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.ListAccountsQuery;
import io.sellersync.messages.feed.FeedDetailView;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedPage;
import io.sellersync.messages.feed.FeedPlan;
import io.sellersync.messages.feed.FindFeedQuery;
import io.sellersync.messages.feed.ListFeedsQuery;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Amazon Sync → sending the queue: dry run (from the queue page), the submit confirmation page (the fresh plan with
 * its warnings), History, and one feed's page whose status and table refresh every 2 s (htmx) until it has finished.
 * Every action re-plans on the server; what a page showed is never sent as is.
 */
@Controller
class FeedPages {

    /** Rows per History page. */
    static final int PAGE_SIZE = 50;

    private static final ResponseType<FeedDetailView> DETAIL = ResponseTypes.instanceOf(FeedDetailView.class);

    private final QueryGateway queries;
    private final FeedService feeds;
    private final ReadModelWait readModel;

    FeedPages(QueryGateway queries, FeedService feeds, ReadModelWait readModel) {
        this.queries = queries;
        this.feeds = feeds;
        this.readModel = readModel;
    }

    @PostMapping("/sync/feeds/dry-run")
    String dryRun(@RequestParam String accountId, @RequestParam String marketplaceId, RedirectAttributes redirect) {
        return start(
                redirect,
                "redirect:/sync/queue",
                id -> feeds.dryRun(new AccountId(accountId), new MarketplaceId(marketplaceId), id),
                "Dry run built");
    }

    @GetMapping("/sync/feeds/confirm")
    String confirm(
            @RequestParam String accountId,
            @RequestParam String marketplaceId,
            Model model,
            RedirectAttributes redirect) {
        FeedService.TargetPlan planned;
        try {
            planned = feeds.targetPlan(new AccountId(accountId), new MarketplaceId(marketplaceId));
        } catch (RuntimeException e) {
            PageInputs.flashRefusal(redirect, e);
            return "redirect:/sync/queue";
        }
        FeedPlan plan = planned.plan();
        model.addAttribute("accountId", accountId);
        model.addAttribute("marketplaceId", marketplaceId);
        model.addAttribute("target", planned.target());
        model.addAttribute("plan", plan);
        model.addAttribute(
                "warningTexts",
                plan.warnings().stream().map(w -> w.sku() + ": " + w.message()).toList());
        model.addAttribute(
                "warningsBySku",
                plan.warnings().stream()
                        .collect(Collectors.groupingBy(
                                FeedPlan.Warning::sku,
                                Collectors.mapping(FeedPlan.Warning::message, Collectors.toList()))));
        return "sync/feed-confirm";
    }

    @PostMapping("/sync/feeds/submit")
    String submit(
            @RequestParam String accountId,
            @RequestParam String marketplaceId,
            @RequestParam(required = false, defaultValue = "false") boolean confirm,
            @RequestParam(name = "warning", required = false) List<String> warnings,
            RedirectAttributes redirect) {
        String back = "redirect:"
                + UriComponentsBuilder.fromPath("/sync/feeds/confirm")
                        .queryParam("accountId", accountId)
                        .queryParam("marketplaceId", marketplaceId)
                        .encode()
                        .toUriString();
        return start(
                redirect,
                back,
                id -> feeds.submit(
                        new AccountId(accountId),
                        new MarketplaceId(marketplaceId),
                        confirm,
                        warnings == null ? List.of() : warnings,
                        id),
                "Feed submitted");
    }

    @GetMapping("/sync/feeds")
    String history(
            @RequestParam(required = false) String accountId,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false, defaultValue = "0") int page,
            Model model) {
        AccountId account = PageInputs.blankToNull(accountId) == null ? null : new AccountId(accountId.strip());
        FeedKind feedKind = parseKind(kind);
        int p = Math.max(0, page);
        FeedPage result = queries.query(
                        new ListFeedsQuery(account, feedKind, p, PAGE_SIZE), ResponseTypes.instanceOf(FeedPage.class))
                .join();
        List<AccountView> accounts = accounts();
        model.addAttribute("result", result);
        model.addAttribute("page", p);
        model.addAttribute("size", PAGE_SIZE);
        model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("accounts", accounts);
        model.addAttribute("names", names(accounts));
        model.addAttribute("countries", countries());
        model.addAttribute("accountId", account == null ? null : account.value());
        model.addAttribute("kind", feedKind == null ? null : feedKind.name());
        return "sync/feeds";
    }

    @GetMapping("/sync/feeds/{id}")
    String feed(@PathVariable String id, Model model, HttpServletResponse response) {
        Optional<FeedDetailView> detail = feeds.find(new FeedId(id));
        if (detail.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("missing", id);
            return "sync/feed";
        }
        fill(model, detail.get());
        model.addAttribute("names", names(accounts()));
        return "sync/feed";
    }

    /** The status and the table alone; the feed page fetches this every 2 s while the feed is not finished. */
    @GetMapping("/sync/feeds/{id}/live")
    String live(@PathVariable String id, Model model, HttpServletResponse response) {
        Optional<FeedDetailView> detail = feeds.find(new FeedId(id));
        if (detail.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("missing", id);
            return "sync/feed :: missing";
        }
        fill(model, detail.get());
        return "sync/feed :: live";
    }

    @PostMapping("/sync/feeds/{id}/cancel")
    String cancel(@PathVariable String id, RedirectAttributes redirect) {
        try {
            feeds.cancel(new FeedId(id));
            redirect.addFlashAttribute(
                    "notice",
                    "Cancel requested: Amazon cancels a feed only while it waits in the queue; this page shows the"
                            + " outcome shortly.");
        } catch (RuntimeException e) {
            PageInputs.flashRefusal(redirect, e);
        }
        return "redirect:/sync/feeds/" + id;
    }

    @GetMapping("/sync/feeds/{id}/payload")
    ResponseEntity<byte[]> payload(@PathVariable String id) {
        return download(id, FeedService.DocumentKind.PAYLOAD);
    }

    @GetMapping("/sync/feeds/{id}/report")
    ResponseEntity<byte[]> report(@PathVariable String id) {
        return download(id, FeedService.DocumentKind.REPORT);
    }

    private ResponseEntity<byte[]> download(String id, FeedService.DocumentKind kind) {
        return feeds.document(new FeedId(id), kind)
                .map(doc -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(doc.fileName())
                                        .build()
                                        .toString())
                        .body(doc.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** Builds with an id chosen here, waits until the feed's page can show it, then goes there. */
    private String start(
            RedirectAttributes redirect, String onRefusal, Function<FeedId, FeedStarted> build, String done) {
        FeedId feedId = FeedId.random();
        try {
            FeedStarted started =
                    readModel.run(new FindFeedQuery(feedId), DETAIL, () -> build.apply(feedId), s -> Objects::nonNull);
            redirect.addFlashAttribute("notice", sentence(done, started));
            return "redirect:/sync/feeds/" + started.feedId().value();
        } catch (RuntimeException e) {
            PageInputs.flashRefusal(redirect, e);
            return onRefusal;
        }
    }

    private static String sentence(String done, FeedStarted started) {
        StringBuilder text = new StringBuilder(done)
                .append(": ")
                .append(started.messages())
                .append(started.messages() == 1 ? " SKU" : " SKUs");
        if (!started.skipped().isEmpty()) {
            text.append(", ").append(started.skipped().size()).append(" entries left out");
        }
        if (started.deferredSkus() > 0) {
            text.append(", ").append(started.deferredSkus()).append(" SKUs wait for the next feed");
        }
        return text.toString();
    }

    private static void fill(Model model, FeedDetailView detail) {
        model.addAttribute("detail", detail);
        model.addAttribute("feed", detail.feed());
        model.addAttribute("steps", FeedSteps.of(detail.feed()));
        model.addAttribute("country", Marketplaces.countryCode(detail.feed().marketplaceId()));
    }

    private List<AccountView> accounts() {
        return queries.query(new ListAccountsQuery(), ResponseTypes.multipleInstancesOf(AccountView.class))
                .join();
    }

    private static Map<String, String> names(List<AccountView> accounts) {
        return accounts.stream().collect(Collectors.toMap(a -> a.accountId().value(), AccountView::name, (a, b) -> a));
    }

    private static Map<String, String> countries() {
        return Marketplaces.all().stream().collect(Collectors.toMap(m -> m.id().value(), m -> m.countryCode()));
    }

    private static FeedKind parseKind(String kind) {
        if (PageInputs.blankToNull(kind) == null) {
            return null;
        }
        try {
            return FeedKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

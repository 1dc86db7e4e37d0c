// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web.feeds;

import io.sellersync.api.feeds.FeedService;
import io.sellersync.api.feeds.FeedStarted;
import io.sellersync.api.graphql.GraphQlErrors;
import io.sellersync.api.web.PageInputs;
import io.sellersync.api.web.ReadModelWait;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.ListAccountsQuery;
import io.sellersync.messages.feed.FeedDetailView;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedMessageView;
import io.sellersync.messages.feed.FeedPage;
import io.sellersync.messages.feed.FeedPlan;
import io.sellersync.messages.feed.FeedView;
import io.sellersync.messages.feed.FindFeedQuery;
import io.sellersync.messages.feed.ListFeedsQuery;
import io.sellersync.messages.feed.MessageOutcome;
import io.sellersync.messages.feed.VerificationState;
import io.sellersync.messages.shared.BusinessError;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import io.sellersync.messages.twophase.ListSyncRunsQuery;
import io.sellersync.messages.twophase.SyncMode;
import io.sellersync.messages.twophase.SyncRunPage;
import io.sellersync.messages.twophase.TwoPhasePlan;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * its warnings), History, and one feed's page: its status header refreshes every 2 s (htmx) until the feed has
 * finished and its message table (paged, filtered) reloads only when the header sees the feed move on.
 * Every action re-plans on the server; what a page showed is never sent as is.
 */
@Controller
class FeedPages {

    private static final Logger log = LoggerFactory.getLogger(FeedPages.class);

    /** Rows per History page. */
    static final int PAGE_SIZE = 50;

    /** Two-phase runs per History page. */
    static final int RUN_PAGE_SIZE = 10;

    /** Rows per page of a feed's message table. */
    static final int MESSAGE_PAGE_SIZE = 200;

    private static final ResponseType<FeedDetailView> DETAIL = ResponseTypes.instanceOf(FeedDetailView.class);

    private final QueryGateway queries;
    private final FeedService feeds;
    private final ReadModelWait readModel;
    private final RunPages runs;

    FeedPages(QueryGateway queries, FeedService feeds, ReadModelWait readModel, RunPages runs) {
        this.queries = queries;
        this.feeds = feeds;
        this.readModel = readModel;
        this.runs = runs;
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
            @RequestParam(required = false) String mode,
            Model model,
            RedirectAttributes redirect) {
        FeedService.TargetPlan planned;
        try {
            planned = feeds.targetPlan(new AccountId(accountId), new MarketplaceId(marketplaceId));
        } catch (RuntimeException e) {
            refuse(redirect, e);
            return "redirect:/sync/queue";
        }
        FeedPlan plan = planned.plan();
        model.addAttribute("accountId", accountId);
        model.addAttribute("marketplaceId", marketplaceId);
        model.addAttribute("target", planned.target());
        model.addAttribute("plan", plan);
        SyncMode suggested = TwoPhasePlan.suggestedMode(plan);
        model.addAttribute("suggestedMode", suggested);
        model.addAttribute("modeReason", TwoPhasePlan.reason(plan));
        model.addAttribute("twoPhase", parseMode(mode).orElse(suggested) == SyncMode.TWO_PHASE);
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
            @RequestParam(required = false) String mode,
            RedirectAttributes redirect) {
        Optional<SyncMode> asked = parseMode(mode);
        SyncMode chosen = asked.orElse(SyncMode.SINGLE_PHASE);
        UriComponentsBuilder confirmation = UriComponentsBuilder.fromPath("/sync/feeds/confirm")
                .queryParam("accountId", accountId)
                .queryParam("marketplaceId", marketplaceId);
        asked.ifPresent(m -> confirmation.queryParam("mode", m.name()));
        String back = "redirect:" + confirmation.encode().toUriString();
        if (chosen == SyncMode.TWO_PHASE) {
            return runs.start(
                    redirect,
                    back,
                    id -> feeds.startTwoPhase(
                            new AccountId(accountId),
                            new MarketplaceId(marketplaceId),
                            confirm,
                            warnings == null ? List.of() : warnings,
                            id));
        }
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
            @RequestParam(required = false, defaultValue = "0") int runPage,
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
        int rp = Math.max(0, runPage);
        SyncRunPage runPageResult = queries.query(
                        new ListSyncRunsQuery(account, null, false, rp, RUN_PAGE_SIZE),
                        ResponseTypes.instanceOf(SyncRunPage.class))
                .join();
        model.addAttribute("runs", runPageResult);
        model.addAttribute("runPage", rp);
        model.addAttribute("runPages", (runPageResult.total() + RUN_PAGE_SIZE - 1) / RUN_PAGE_SIZE);
        return "sync/feeds";
    }

    @GetMapping("/sync/feeds/{id}")
    String feed(
            @PathVariable String id,
            @RequestParam(required = false, defaultValue = "0") int page,
            @RequestParam(required = false) String show,
            @RequestParam(required = false) Integer size,
            Model model,
            HttpServletResponse response) {
        Optional<FeedDetailView> detail = feeds.find(new FeedId(id));
        if (detail.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("missing", id);
            return "sync/feed";
        }
        fill(model, detail.get());
        table(model, detail.get(), page, show, size);
        model.addAttribute("names", names(accounts()));
        return "sync/feed";
    }

    /**
     * The status header alone (status, steps, counts, delay/cancel, reason), fetched every 2 s while the feed is not
     * finished. {@code seen} is what the page shows now ({@link #fingerprint}); when the feed has moved on, the answer
     * carries {@code HX-Trigger: feed-changed} and the page reloads its message table once. The table itself is never
     * part of this fragment: a feed of 25,000 messages would re-render megabytes every 2 s.
     */
    @GetMapping("/sync/feeds/{id}/live")
    String live(
            @PathVariable String id,
            @RequestParam(required = false) String seen,
            Model model,
            HttpServletResponse response) {
        Optional<FeedDetailView> detail = feeds.find(new FeedId(id));
        if (detail.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("missing", id);
            return "sync/feed :: missing";
        }
        fill(model, detail.get());
        if (seen != null && !seen.equals(fingerprint(detail.get().feed()))) {
            response.setHeader("HX-Trigger", "feed-changed");
        }
        return "sync/feed :: live";
    }

    /** One page of the message table (the feed page reloads it when the live header sees the feed move on). */
    @GetMapping("/sync/feeds/{id}/messages")
    String messages(
            @PathVariable String id,
            @RequestParam(required = false, defaultValue = "0") int page,
            @RequestParam(required = false) String show,
            @RequestParam(required = false) Integer size,
            Model model,
            HttpServletResponse response) {
        Optional<FeedDetailView> detail = feeds.find(new FeedId(id));
        if (detail.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("missing", id);
            return "sync/feed :: missing";
        }
        fill(model, detail.get());
        table(model, detail.get(), page, show, size);
        return "sync/feed :: messages";
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
            refuse(redirect, e);
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
        AtomicReference<FeedStarted> built = new AtomicReference<>();
        try {
            FeedStarted started = readModel.run(
                    new FindFeedQuery(feedId),
                    DETAIL,
                    () -> {
                        built.set(build.apply(feedId));
                        return built.get();
                    },
                    s -> Objects::nonNull);
            redirect.addFlashAttribute("notice", sentence(done, started));
            return "redirect:/sync/feeds/" + started.feedId().value();
        } catch (RuntimeException e) {
            if (built.get() != null) {
                // built: only waiting for the read model failed; the feed page catches up on its own
                log.warn("Feed {} built; waiting for its page failed", feedId, e);
                redirect.addFlashAttribute("notice", sentence(done, built.get()));
                return "redirect:/sync/feeds/" + feedId.value();
            }
            refuse(redirect, e);
            return onRefusal;
        }
    }

    /**
     * Flashes why an action did nothing: a refusal as it is, any other failure (a query or the command bus failing)
     * with its cause and an incident number to find it in the log, never an error page.
     */
    static void refuse(RedirectAttributes redirect, RuntimeException e) {
        Throwable error = e;
        while (error instanceof CompletionException && error.getCause() != null) {
            error = error.getCause();
        }
        Optional<BusinessError> refusal = GraphQlErrors.businessError(error);
        if (refusal.isPresent()) {
            redirect.addFlashAttribute("error", refusal.get());
            return;
        }
        String incident = Long.toHexString(System.nanoTime());
        log.error("Feed page action failed (incident {})", incident, error);
        String cause = error.getMessage() == null || error.getMessage().isBlank()
                ? error.getClass().getSimpleName()
                : error.getMessage().strip().lines().findFirst().orElse("");
        if (cause.length() > 200) {
            cause = cause.substring(0, 200) + "…";
        }
        redirect.addFlashAttribute(
                "error",
                new BusinessError(
                        ErrorCode.CONFLICT,
                        null,
                        "Something went wrong (" + cause + "; incident " + incident
                                + "); nothing was built or changed, try again in a moment"));
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
        String seen = fingerprint(detail.feed());
        model.addAttribute("seen", seen);
        model.addAttribute(
                "liveUrl",
                UriComponentsBuilder.fromPath(
                                "/sync/feeds/" + detail.feed().feedId().value() + "/live")
                        .queryParam("seen", seen)
                        .encode()
                        .toUriString());
    }

    /**
     * What the message table depends on: the status and every count. A change of any of them makes the page reload
     * its table; polls that change nothing reload nothing.
     */
    static String fingerprint(FeedView feed) {
        return feed.status() + "-" + feed.accepted() + "-" + feed.warnings() + "-" + feed.errors() + "-"
                + feed.verified() + "-" + feed.mismatched() + "-" + feed.timedOut() + "-" + feed.pending();
    }

    /** The page of messages the table shows, filtered by {@code show} (an outcome or a read-back state). */
    private static void table(Model model, FeedDetailView detail, int page, String show, Integer size) {
        MessageFilter filter = MessageFilter.parse(show);
        int rows = size == null ? MESSAGE_PAGE_SIZE : Math.max(1, Math.min(MESSAGE_PAGE_SIZE, size));
        List<FeedMessageView> matching =
                detail.messages().stream().filter(filter::matches).toList();
        int pages = Math.max(1, (matching.size() + rows - 1) / rows);
        int p = Math.max(0, Math.min(page, pages - 1));
        model.addAttribute("rows", matching.subList(p * rows, Math.min(matching.size(), (p + 1) * rows)));
        model.addAttribute("matching", matching.size());
        model.addAttribute("messagePage", p);
        model.addAttribute("messagePages", pages);
        String id = detail.feed().feedId().value();
        Integer keptSize = size == null ? null : rows;
        model.addAttribute("show", filter.name());
        model.addAttribute("filters", MessageFilter.values());
        model.addAttribute("tableUrl", link("/sync/feeds/" + id + "/messages", p, filter, keptSize));
        model.addAttribute("prevUrl", p > 0 ? link("/sync/feeds/" + id, p - 1, filter, keptSize) : null);
        model.addAttribute("nextUrl", p + 1 < pages ? link("/sync/feeds/" + id, p + 1, filter, keptSize) : null);
        Map<String, String> filterUrls = new LinkedHashMap<>();
        for (MessageFilter f : MessageFilter.values()) {
            filterUrls.put(f.name(), link("/sync/feeds/" + id, 0, f, keptSize));
        }
        model.addAttribute("filterUrls", filterUrls);
    }

    private static String link(String path, int page, MessageFilter filter, Integer size) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (page > 0) {
            uri.queryParam("page", page);
        }
        if (filter != MessageFilter.ALL) {
            uri.queryParam("show", filter.name());
        }
        if (size != null) {
            uri.queryParam("size", size);
        }
        return uri.encode().toUriString();
    }

    /** The message table's filter: every message, by Amazon's verdict, or by read-back. */
    enum MessageFilter {
        ALL("all"),
        NO_OUTCOME("no outcome yet"),
        ERROR("errors"),
        WARNING("warnings"),
        ACCEPTED("accepted"),
        PENDING("read-back pending"),
        VERIFIED("verified"),
        MISMATCH("mismatch"),
        TIMED_OUT("timed out");

        private final String label;

        MessageFilter(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static MessageFilter parse(String value) {
            if (PageInputs.blankToNull(value) == null) {
                return ALL;
            }
            try {
                return valueOf(value.strip());
            } catch (IllegalArgumentException e) {
                return ALL;
            }
        }

        boolean matches(FeedMessageView m) {
            return switch (this) {
                case ALL -> true;
                case NO_OUTCOME -> m.outcome() == null;
                case ERROR -> m.outcome() == MessageOutcome.ERROR;
                case WARNING -> m.outcome() == MessageOutcome.WARNING;
                case ACCEPTED -> m.outcome() == MessageOutcome.ACCEPTED;
                case PENDING -> m.verification() == VerificationState.PENDING;
                case VERIFIED -> m.verification() == VerificationState.VERIFIED;
                case MISMATCH -> m.verification() == VerificationState.MISMATCH;
                case TIMED_OUT -> m.verification() == VerificationState.TIMED_OUT;
            };
        }
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

    /**
     * The mode a form chose: its two-phase checkbox follows a hidden single-phase field of the same name, so a checked
     * box sends both ("SINGLE_PHASE,TWO_PHASE") and two-phase wins; empty when neither was sent.
     */
    static Optional<SyncMode> parseMode(String mode) {
        if (PageInputs.blankToNull(mode) == null) {
            return Optional.empty();
        }
        List<String> chosen =
                List.of(mode.split(",")).stream().map(String::strip).toList();
        if (chosen.contains(SyncMode.TWO_PHASE.name())) {
            return Optional.of(SyncMode.TWO_PHASE);
        }
        return chosen.contains(SyncMode.SINGLE_PHASE.name()) ? Optional.of(SyncMode.SINGLE_PHASE) : Optional.empty();
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

// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web.feeds;

import io.sellersync.api.feeds.FeedService;
import io.sellersync.api.feeds.RunStarted;
import io.sellersync.api.web.PageInputs;
import io.sellersync.api.web.ReadModelWait;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.ListAccountsQuery;
import io.sellersync.messages.feed.FeedDetailView;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedView;
import io.sellersync.messages.shared.Marketplaces;
import io.sellersync.messages.twophase.FindSyncRunQuery;
import io.sellersync.messages.twophase.ListSyncRunSkusQuery;
import io.sellersync.messages.twophase.ListSyncRunsQuery;
import io.sellersync.messages.twophase.RunSkuState;
import io.sellersync.messages.twophase.SyncRunId;
import io.sellersync.messages.twophase.SyncRunPage;
import io.sellersync.messages.twophase.SyncRunSkuPage;
import io.sellersync.messages.twophase.SyncRunView;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Two-phase runs in the browser: the run page (its status header refreshes every 2 s until the run ends, its SKU table
 * with every SKU's timeline reloads when the header sees the run move on) and the progress panel the Queue page shows
 * for runs in flight. The run goes on on the server; leaving a page changes nothing.
 */
@Controller
class RunPages {

    private static final Logger log = LoggerFactory.getLogger(RunPages.class);

    static final int SKU_PAGE_SIZE = 200;

    private final QueryGateway queries;
    private final FeedService feeds;
    private final ReadModelWait readModel;
    private final Clock clock;

    RunPages(QueryGateway queries, FeedService feeds, ReadModelWait readModel, Clock clock) {
        this.queries = queries;
        this.feeds = feeds;
        this.readModel = readModel;
        this.clock = clock;
    }

    /** Starts a run with an id chosen here, waits until its page can show it, then goes there. */
    String start(RedirectAttributes redirect, String onRefusal, Function<SyncRunId, RunStarted> start) {
        SyncRunId runId = SyncRunId.random();
        AtomicReference<RunStarted> started = new AtomicReference<>();
        try {
            readModel.run(
                    new FindSyncRunQuery(runId),
                    ResponseTypes.instanceOf(SyncRunView.class),
                    () -> {
                        started.set(start.apply(runId));
                        return started.get();
                    },
                    s -> Objects::nonNull);
        } catch (RuntimeException e) {
            if (started.get() == null) {
                FeedPages.refuse(redirect, e);
                return onRefusal;
            }
            log.warn("Run {} started; waiting for its page failed", runId, e);
        }
        RunStarted run = started.get();
        redirect.addFlashAttribute(
                "notice",
                "Two-phase run started: %d SKU(s). Prices go first; each quantity goes only once its new price is live."
                                .formatted(run.skus())
                        + (run.skipped().isEmpty() ? "" : " " + run.skipped().size() + " entries left out."));
        return "redirect:/sync/runs/" + runId.value();
    }

    @GetMapping("/sync/runs/{id}")
    String run(
            @PathVariable String id,
            @RequestParam(required = false, defaultValue = "0") int page,
            @RequestParam(required = false) String show,
            Model model,
            HttpServletResponse response) {
        SyncRunView run = findOrMissing(id, model, response);
        if (run == null) {
            return "sync/run";
        }
        fill(model, run);
        table(model, run, page, show);
        model.addAttribute("names", names());
        return "sync/run";
    }

    /** The status header alone, every 2 s while the run is in flight; {@code HX-Trigger: run-changed} when it moved on. */
    @GetMapping("/sync/runs/{id}/live")
    String live(
            @PathVariable String id,
            @RequestParam(required = false) String seen,
            Model model,
            HttpServletResponse response) {
        SyncRunView run = findOrMissing(id, model, response);
        if (run == null) {
            return "sync/run :: missing";
        }
        fill(model, run);
        if (seen != null && !seen.equals(fingerprint(run))) {
            response.setHeader("HX-Trigger", "run-changed");
        }
        return "sync/run :: live";
    }

    @GetMapping("/sync/runs/{id}/skus")
    String skus(
            @PathVariable String id,
            @RequestParam(required = false, defaultValue = "0") int page,
            @RequestParam(required = false) String show,
            Model model,
            HttpServletResponse response) {
        SyncRunView run = findOrMissing(id, model, response);
        if (run == null) {
            return "sync/run :: missing";
        }
        fill(model, run);
        table(model, run, page, show);
        return "sync/run :: skus";
    }

    /** The Queue page's progress panel: every run in flight, refreshed every few seconds. */
    @GetMapping("/sync/runs/panel")
    String panel(@RequestParam(required = false) String accountId, Model model) {
        AccountId account = PageInputs.blankToNull(accountId) == null ? null : new AccountId(accountId.strip());
        SyncRunPage inFlight = queries.query(
                        new ListSyncRunsQuery(account, null, true, 0, 20), ResponseTypes.instanceOf(SyncRunPage.class))
                .join();
        Map<String, String> sentences = new LinkedHashMap<>();
        Map<String, String> elapsed = new LinkedHashMap<>();
        for (SyncRunView run : inFlight.runs()) {
            sentences.put(run.runId().value(), RunProgress.current(run, phaseFeed(run)));
            elapsed.put(run.runId().value(), words(run.elapsed(clock.instant())));
        }
        model.addAttribute("inFlight", inFlight.runs());
        model.addAttribute("sentences", sentences);
        model.addAttribute("elapsed", elapsed);
        model.addAttribute("names", names());
        model.addAttribute("accountId", account == null ? null : account.value());
        return "sync/run-panel :: panel";
    }

    private void fill(Model model, SyncRunView run) {
        FeedView priceFeed = feed(run.priceFeedId());
        FeedView quantityFeed = run.quantityFeedId() == null ? null : feed(run.quantityFeedId());
        model.addAttribute("run", run);
        model.addAttribute("priceFeed", priceFeed);
        model.addAttribute("quantityFeed", quantityFeed);
        model.addAttribute("steps", RunProgress.steps(run));
        model.addAttribute(
                "current", RunProgress.current(run, run.quantityFeedId() == null ? priceFeed : quantityFeed));
        model.addAttribute("elapsed", words(run.elapsed(clock.instant())));
        model.addAttribute("country", Marketplaces.countryCode(run.marketplaceId()));
        String seen = fingerprint(run);
        model.addAttribute("seen", seen);
        model.addAttribute(
                "liveUrl",
                UriComponentsBuilder.fromPath("/sync/runs/" + run.runId().value() + "/live")
                        .queryParam("seen", seen)
                        .encode()
                        .toUriString());
    }

    private void table(Model model, SyncRunView run, int page, String show) {
        RunSkuState state = parseState(show);
        int p = Math.max(0, page);
        SyncRunSkuPage skus = queries.query(
                        new ListSyncRunSkusQuery(run.runId(), state, p, SKU_PAGE_SIZE),
                        ResponseTypes.instanceOf(SyncRunSkuPage.class))
                .join();
        long pages = Math.max(1, (skus.total() + SKU_PAGE_SIZE - 1) / SKU_PAGE_SIZE);
        String id = run.runId().value();
        String filter = state == null ? null : state.name();
        model.addAttribute("skus", skus);
        model.addAttribute("skuPage", p);
        model.addAttribute("skuPages", pages);
        model.addAttribute("show", filter);
        model.addAttribute("states", RunSkuState.values());
        model.addAttribute("tableUrl", link("/sync/runs/" + id + "/skus", p, filter));
        model.addAttribute("prevUrl", p > 0 ? link("/sync/runs/" + id, p - 1, filter) : null);
        model.addAttribute("nextUrl", p + 1 < pages ? link("/sync/runs/" + id, p + 1, filter) : null);
        Map<String, String> filterUrls = new LinkedHashMap<>();
        filterUrls.put("ALL", link("/sync/runs/" + id, 0, null));
        for (RunSkuState s : RunSkuState.values()) {
            filterUrls.put(s.name(), link("/sync/runs/" + id, 0, s.name()));
        }
        model.addAttribute("filterUrls", filterUrls);
    }

    private FeedView phaseFeed(SyncRunView run) {
        return feed(run.quantityFeedId() != null ? run.quantityFeedId() : run.priceFeedId());
    }

    private FeedView feed(FeedId id) {
        return feeds.find(id).map(FeedDetailView::feed).orElse(null);
    }

    /** The run; when it is unknown, null with the page's 404 and "missing" already set. */
    private SyncRunView findOrMissing(String id, Model model, HttpServletResponse response) {
        SyncRunView run = PageInputs.blankToNull(id) == null
                ? null
                : queries.query(
                                new FindSyncRunQuery(new SyncRunId(id.strip())),
                                ResponseTypes.instanceOf(SyncRunView.class))
                        .join();
        if (run == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("missing", id);
        }
        return run;
    }

    private Map<String, String> names() {
        return queries
                .query(new ListAccountsQuery(), ResponseTypes.multipleInstancesOf(AccountView.class))
                .join()
                .stream()
                .collect(Collectors.toMap(a -> a.accountId().value(), AccountView::name, (a, b) -> a));
    }

    /** What the SKU table depends on: the step and every count. */
    static String fingerprint(SyncRunView run) {
        return run.step() + "-" + run.outcome() + "-" + run.pricePending() + "-" + run.priceLive() + "-"
                + run.quantityPending() + "-" + run.rescuing() + "-" + run.verified() + "-" + run.held() + "-"
                + run.failed();
    }

    static String words(Duration elapsed) {
        long minutes = elapsed.toMinutes();
        if (minutes < 1) {
            return elapsed.toSeconds() + " s";
        }
        if (minutes < 120) {
            return minutes + " min";
        }
        return elapsed.toHours() + " h " + (minutes % 60) + " min";
    }

    private static RunSkuState parseState(String show) {
        if (PageInputs.blankToNull(show) == null) {
            return null;
        }
        try {
            return RunSkuState.valueOf(show.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String link(String path, int page, String show) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (page > 0) {
            uri.queryParam("page", page);
        }
        if (show != null) {
            uri.queryParam("show", show);
        }
        return uri.encode().toUriString();
    }
}

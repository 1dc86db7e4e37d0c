// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.listings;

import io.sellersync.integration.spapi.SpApiAccount;
import io.sellersync.integration.spapi.SpApiClients;
import io.sellersync.integration.spapi.SpApiException;
import io.sellersync.integration.spapi.SpApiFailures;
import io.sellersync.integration.spapi.api.ReportsApi;
import io.sellersync.integration.spapi.documents.DocumentTransfer;
import io.sellersync.integration.spapi.generated.reports.CreateReportSpecification;
import io.sellersync.integration.spapi.generated.reports.Report;
import io.sellersync.integration.spapi.generated.reports.ReportDocument;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.Marketplace;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One step of a listing-report import: request {@code GET_MERCHANT_LISTINGS_ALL_DATA}, then poll the report until
 * Amazon is done, then download (gunzipped when Amazon says so), parse and replace the account's snapshot for the
 * marketplace in one transaction. Each step says when the next one is due; a failure is recorded for the page and
 * ends the import, leaving the previous snapshot in place, so a broken run never blocks the next one.
 */
@Component
public class ListingReportImport {

    static final String REPORT_TYPE = "GET_MERCHANT_LISTINGS_ALL_DATA";
    private static final int MAX_TRANSIENT_FAILURES = 5;
    private static final Logger log = LoggerFactory.getLogger(ListingReportImport.class);

    private final SpApiClients clients;
    private final DocumentTransfer documents;
    private final ListingCache cache;
    private final ListingsProperties properties;
    private final Clock clock;

    public ListingReportImport(
            SpApiClients clients,
            DocumentTransfer documents,
            ListingCache cache,
            ListingsProperties properties,
            Clock clock) {
        this.clients = clients;
        this.documents = documents;
        this.cache = cache;
        this.properties = properties;
        this.clock = clock;
    }

    /** What comes after a step: the same import again after {@code delay}, or nothing. */
    public record Next(ImportJob job, Duration delay) {
        static final Next DONE = new Next(null, null);

        boolean finished() {
            return job == null;
        }
    }

    /** Runs one step; never throws for Amazon's or the document's failures (they are recorded). */
    public Next step(ImportJob job, SpApiAccount account, Consumer<SpApiException> onFailure) {
        AccountId accountId = new AccountId(job.accountId());
        MarketplaceId marketplace = new MarketplaceId(job.marketplaceId());
        Instant now = clock.instant();
        try {
            ReportsApi reports = clients.client(ReportsApi.class, account);
            if (job.reportId() == null) {
                var created = reports.createReport(new CreateReportSpecification()
                        .reportType(REPORT_TYPE)
                        .marketplaceIds(List.of(marketplace.value())));
                cache.state(accountId, marketplace, "WAITING_FOR_AMAZON", created.getReportId(), now);
                return new Next(
                        new ImportJob(job.accountId(), job.marketplaceId(), created.getReportId(), job.startedAt(), 0),
                        properties.reportPollInterval());
            }
            Report report = reports.getReport(job.reportId());
            switch (report.getProcessingStatus()) {
                case IN_QUEUE, IN_PROGRESS -> {
                    if (Duration.between(job.startedAt(), now).compareTo(properties.reportTimeout()) > 0) {
                        return fail(
                                accountId,
                                marketplace,
                                "Amazon did not finish the listing report within "
                                        + properties.reportTimeout().toMinutes() + " minutes; the next run asks again",
                                now);
                    }
                    return new Next(
                            new ImportJob(job.accountId(), job.marketplaceId(), job.reportId(), job.startedAt(), 0),
                            properties.reportPollInterval());
                }
                case CANCELLED -> {
                    // Amazon cancels a listing report that has no rows: the account lists nothing here
                    cache.replace(accountId, marketplace, List.of(), now);
                    return Next.DONE;
                }
                case FATAL -> {
                    return fail(accountId, marketplace, "Amazon could not produce the listing report (FATAL)", now);
                }
                case DONE -> {
                    ReportDocument document = reports.getReportDocument(report.getReportDocumentId());
                    Currency currency = Marketplaces.find(marketplace)
                            .map(Marketplace::currency)
                            .orElseThrow(() -> new IllegalStateException("unknown marketplace " + marketplace));
                    List<CachedListing> rows;
                    String compression = document.getCompressionAlgorithm() == null
                            ? null
                            : document.getCompressionAlgorithm().getValue();
                    try (InputStream in =
                            documents.forAccount(account).download(URI.create(document.getUrl()), compression)) {
                        rows = ListingReportParser.parse(in, currency);
                    }
                    cache.replace(accountId, marketplace, rows, now);
                    log.info(
                            "Listing cache of account {} in {}: {} SKUs imported from report {}",
                            accountId,
                            Marketplaces.countryCode(marketplace),
                            rows.size(),
                            job.reportId());
                    return Next.DONE;
                }
                default -> {
                    return fail(accountId, marketplace, "Amazon reported an unknown report status", now);
                }
            }
        } catch (SpApiException failure) {
            onFailure.accept(failure);
            if (failure.transientFailure() && job.failures() + 1 < MAX_TRANSIENT_FAILURES) {
                return new Next(
                        new ImportJob(
                                job.accountId(),
                                job.marketplaceId(),
                                job.reportId(),
                                job.startedAt(),
                                job.failures() + 1),
                        properties.reportPollInterval().multipliedBy(1L << job.failures()));
            }
            return fail(accountId, marketplace, SpApiFailures.explain(failure, SpApiFailures.Retry.BY_HAND), now);
        } catch (DocumentTransfer.DocumentException | java.io.IOException | java.io.UncheckedIOException e) {
            return fail(accountId, marketplace, "The listing report could not be downloaded: " + e.getMessage(), now);
        } catch (RuntimeException e) {
            log.warn("Listing report import for {} in {} failed", accountId, marketplace, e);
            return fail(accountId, marketplace, "The listing report import failed: " + e.getMessage(), now);
        }
    }

    /** Records that the import was requested (the page shows it as queued). */
    void queued(AccountId accountId, MarketplaceId marketplace) {
        cache.state(accountId, marketplace, "QUEUED", null, clock.instant());
    }

    Next fail(AccountId accountId, MarketplaceId marketplace, String error, Instant now) {
        cache.failed(accountId, marketplace, error, now);
        return Next.DONE;
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.feeds;

import static io.sellersync.api.feeds.FeedItSupport.UK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sellersync.api.EmulatedSeller;
import io.sellersync.api.IntegrationTestSupport;
import io.sellersync.api.SellersyncIntegrationTest;
import io.sellersync.api.accounts.AccountConnections;
import io.sellersync.api.queue.QueueService;
import io.sellersync.api.security.ApiTokens;
import io.sellersync.api.security.UserAccounts;
import io.sellersync.messages.queue.QueueEntryView;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The feeds GraphQL operations against real data: plan, refusals by code and field, dry run, submit, History, detail. */
@SellersyncIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedGraphQlIT {

    private static final String PLAN = """
            query($account: ID!, $marketplace: ID!) {
              feedPlan(accountId: $account, marketplaceId: $marketplace) {
                messages { messageId sku operation productType price { amount currency } quantity
                           livePrice { amount } liveQuantity unitsAdded entryIds }
                skipped { entryId sku reason }
                warnings { sku message }
                deferredSkus needsConfirmation
              }
            }
            """;

    private static final String SUBMIT = """
            mutation($account: ID!, $marketplace: ID!, $confirm: Boolean) {
              submitFeed(accountId: $account, marketplaceId: $marketplace, confirm: $confirm) {
                feedId messages deferredSkus skipped { entryId sku reason }
              }
            }
            """;

    private static final String DRY_RUN = """
            mutation($account: ID!, $marketplace: ID!) {
              dryRunFeed(accountId: $account, marketplaceId: $marketplace) { feedId messages }
            }
            """;

    private static final String FEED = """
            query($id: ID!) {
              feed(id: $id) {
                feed { id accountId marketplaceId kind status messages cancellable payloadUrl reportUrl builtAt }
                messages { messageId sku operation quantity liveQuantity unitsAdded entryIds outcome verification }
                feedIssues { severity message }
              }
            }
            """;

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AccountConnections connections;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    QueueService queue;

    EmulatedSeller seller;
    FeedItSupport data;
    HttpGraphQlTester graphql;

    @BeforeAll
    void startEmulatorAndConnect() {
        seller = new EmulatedSeller(
                connections, "Feed GraphQL seller", Map.of("seed", "62", "start-time", "2026-03-02T10:00:00Z"));
        data = new FeedItSupport(seller, commands, queries, queue);
        graphql = IntegrationTestSupport.graphQl(port, IntegrationTestSupport.adminToken(users, tokens));
    }

    @AfterAll
    void stopEmulator() {
        if (seller != null) {
            seller.close();
        }
    }

    @Test
    void planDryRunSubmitAndReadTheFeedBack() {
        String account = data.accountId.value();
        // the account just connected may not be in the read model yet: retry until the refusal is the empty plan's
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> graphql.document(DRY_RUN)
                        .variable("account", account)
                        .variable("marketplace", UK.value())
                        .execute()
                        .errors()
                        .expect(e -> "INVALID_INPUT".equals(e.getExtensions().get("code"))
                                && e.getMessage().contains("Feed GraphQL seller — UK"))
                        .verify());

        QueueEntryView update = data.queueListed();
        QueueEntryView doubled = data.queueDoubled();

        Map<String, Object> plan = graphql.document(PLAN)
                .variable("account", account)
                .variable("marketplace", UK.value())
                .execute()
                .path("feedPlan")
                .entity(Map.class)
                .get();
        assertThat(plan).containsEntry("needsConfirmation", true).containsEntry("deferredSkus", 0);
        List<Map<String, Object>> messages = list(plan.get("messages"));
        assertThat(messages).extracting(m -> m.get("sku")).contains(update.sellerSku(), doubled.sellerSku());
        Map<String, Object> patch = messages.stream()
                .filter(m -> m.get("sku").equals(update.sellerSku()))
                .findFirst()
                .orElseThrow();
        assertThat(patch).containsEntry("operation", "PATCH").containsEntry("unitsAdded", 1);
        assertThat(patch.get("quantity")).isEqualTo((Integer) patch.get("liveQuantity") + 1);
        assertThat(list(plan.get("warnings"))).extracting(w -> w.get("sku")).contains(doubled.sellerSku());

        graphql.document(SUBMIT)
                .variable("account", account)
                .variable("marketplace", UK.value())
                .execute()
                .errors()
                .expect(e -> "CONFLICT".equals(e.getExtensions().get("code"))
                        && "confirm".equals(e.getExtensions().get("field"))
                        && e.getMessage().contains(doubled.sellerSku()))
                .verify();

        String dryRunId = graphql.document(DRY_RUN)
                .variable("account", account)
                .variable("marketplace", UK.value())
                .execute()
                .path("dryRunFeed.feedId")
                .entity(String.class)
                .get();
        Map<String, Object> started = graphql.document(SUBMIT)
                .variable("account", account)
                .variable("marketplace", UK.value())
                .variable("confirm", true)
                .execute()
                .path("submitFeed")
                .entity(Map.class)
                .get();
        String feedId = (String) started.get("feedId");
        assertThat(started).containsEntry("messages", 2);

        // until the History knows the feed (the path is missing, not wrong, while it does not)
        await().atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .untilAsserted(() -> graphql.document(FEED)
                        .variable("id", feedId)
                        .execute()
                        .path("feed.feed.id")
                        .entity(String.class)
                        .isEqualTo(feedId));
        Map<String, Object> detail = graphql.document(FEED)
                .variable("id", feedId)
                .execute()
                .path("feed")
                .entity(Map.class)
                .get();
        Map<String, Object> feed = map(detail.get("feed"));
        assertThat(feed)
                .containsEntry("id", feedId)
                .containsEntry("accountId", account)
                .containsEntry("marketplaceId", UK.value())
                .containsEntry("kind", "SUBMISSION")
                .containsEntry("messages", 2)
                .containsEntry("payloadUrl", "/sync/feeds/" + feedId + "/payload")
                .containsEntry("reportUrl", null);
        assertThat(list(detail.get("messages")))
                .extracting(m -> m.get("sku"))
                .containsExactlyInAnyOrder(update.sellerSku(), doubled.sellerSku());

        Map<String, Object> history = graphql.document("""
                        query($account: ID) { feeds(accountId: $account, size: 10) { total feeds { id kind status } } }
                        """)
                .variable("account", account)
                .execute()
                .path("feeds")
                .entity(Map.class)
                .get();
        assertThat(list(history.get("feeds"))).extracting(f -> f.get("id")).containsSubsequence(feedId, dryRunId);
        graphql.document("query { feeds(size: 1000) { total } }")
                .execute()
                .errors()
                .expect(e -> "INVALID_INPUT".equals(e.getExtensions().get("code"))
                        && "size".equals(e.getExtensions().get("field")))
                .verify();
        graphql.document("query { feed(id: \"00000000-0000-0000-0000-000000000000\") { feed { id } } }")
                .execute()
                .path("feed")
                .valueIsNull();
        graphql.document("mutation($id: ID!) { cancelFeed(id: $id) { id } }")
                .variable("id", dryRunId)
                .execute()
                .errors()
                .expect(e -> e.getExtensions().get("code") != null
                        && !"INTERNAL_ERROR".equals(e.getExtensions().get("code")))
                .verify();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}

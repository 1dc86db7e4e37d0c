// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sellersync.api.IntegrationTestSupport;
import io.sellersync.api.SellersyncIntegrationTest;
import io.sellersync.api.security.ApiTokens;
import io.sellersync.api.security.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The account flow end to end over real HTTP and PostgreSQL: GraphQL mutations through the command bus into the
 * event store, the projection, the vault, the audit trail and its replay — and no secret anywhere but the vault.
 */
@SellersyncIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AccountsFlowIT {

    private static final String CONNECT = """
            mutation($input: ConnectAccountInput!) { connectAccount(input: $input) { accountId } }
            """;

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcTemplate jdbc;

    HttpGraphQlTester graphql;
    String clientSecret;
    String refreshToken;
    String sellerId;

    @BeforeEach
    void setUp() {
        graphql = IntegrationTestSupport.graphQl(port, IntegrationTestSupport.adminToken(users, tokens));
        String unique = UUID.randomUUID().toString().replace("-", "").toUpperCase();
        clientSecret = "amzn1.oa2-cs.v1." + unique + "CLIENTSECRET";
        refreshToken = "Atzr|" + unique + "REFRESHTOKEN";
        sellerId = "A" + unique.substring(0, 12);
    }

    private Map<String, Object> input(String name, List<String> marketplaces) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of(
                "name", name,
                "sellingPartnerId", sellerId,
                "region", "EU",
                "lwaClientId", "amzn1.application-oa2-client.itest",
                "clientSecret", clientSecret,
                "refreshToken", refreshToken,
                "clientSecretExpiresOn", "2027-05-01"));
        if (marketplaces != null) {
            input.put("marketplaces", marketplaces);
        }
        return input;
    }

    private String connect(String name) {
        return graphql.document(CONNECT)
                .variable("input", input(name, null))
                .execute()
                .path("connectAccount.accountId")
                .entity(String.class)
                .get();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> fetchAccount(String id) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> {
                            List<Map<String, Object>> found =
                                    graphql
                                            .document("""
                            query { accounts { id name region marketplaces { countryCode currency }
                              credentials { stored clientSecret refreshToken } } }
                            """)
                                            .execute()
                                            .path("accounts")
                                            .entityList(Map.class)
                                            .get()
                                            .stream()
                                            .map(m -> (Map<String, Object>) m)
                                            .filter(m -> id.equals(m.get("id")))
                                            .toList();
                            return found.isEmpty() ? null : found.get(0);
                        },
                        java.util.Objects::nonNull);
    }

    @Test
    @SuppressWarnings("unchecked")
    void connectsAnAccountWithEuDefaultsAndShowsItsSecretsOnlyMasked() {
        String id = connect("Acme EU " + sellerId);

        Map<String, Object> account = fetchAccount(id);
        List<Map<String, Object>> marketplaces = (List<Map<String, Object>>) account.get("marketplaces");
        assertThat(marketplaces).extracting(m -> m.get("countryCode")).containsExactly("UK", "DE", "FR", "IT", "ES");
        assertThat(marketplaces.get(0)).containsEntry("currency", "GBP");
        Map<String, Object> credentials = (Map<String, Object>) account.get("credentials");
        assertThat(credentials).containsEntry("stored", true).containsEntry("clientSecret", "••••••••");
        assertThat(account.toString()).doesNotContain(clientSecret).doesNotContain(refreshToken);
    }

    @Test
    void refusesBadInputNamingTheFieldAndChangesNothing() {
        long eventsBefore = countEvents();
        long secretsBefore = jdbc.queryForObject("select count(*) from account_credentials", Long.class);

        assertRefusal(input("Wrong region", List.of("ATVPDKIKX0DER")), "marketplaces", "belongs to region NA");
        Map<String, Object> badToken = input("Bad token", null);
        badToken.put("refreshToken", "not-a-refresh-token");
        assertRefusal(badToken, "refreshToken", "Atzr|");
        Map<String, Object> badDate = input("Bad date", null);
        badDate.put("clientSecretExpiresOn", "31/05/2027");
        assertRefusal(badDate, "clientSecretExpiresOn", "YYYY-MM-DD");
        Map<String, Object> badSeller = input("Bad seller", null);
        badSeller.put("sellingPartnerId", "seller one");
        assertRefusal(badSeller, "sellingPartnerId", "upper-case");

        assertThat(countEvents()).isEqualTo(eventsBefore);
        assertThat(jdbc.queryForObject("select count(*) from account_credentials", Long.class))
                .isEqualTo(secretsBefore);
    }

    @Test
    void refusesConnectingTheSameSellerTwice() {
        connect("First " + sellerId);
        fetchAccountBySeller();
        assertRefusal(input("Second", null), "sellingPartnerId", "already connected");
    }

    private void fetchAccountBySeller() {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from account_view where selling_partner_id = ?", Long.class, sellerId)
                        == 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void changesMarketplacesRemovesAndKeepsTheAuditTrail() {
        String id = connect("Lifecycle " + sellerId);
        fetchAccount(id);
        graphql.document(
                        "mutation($id: ID!) { changeAccountMarketplaces(id: $id, marketplaces: [\"A1PA6795UKMFR9\"]) { accountId } }")
                .variable("id", id)
                .execute()
                .path("changeAccountMarketplaces.accountId")
                .entity(String.class)
                .isEqualTo(id);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                (List<Map<String, Object>>) fetchAccount(id).get("marketplaces"))
                        .extracting(m -> m.get("countryCode"))
                        .containsExactly("DE"));

        graphql.document("mutation($id: ID!) { removeAccount(id: $id) { accountId } }")
                .variable("id", id)
                .execute();
        assertThat(jdbc.queryForObject("select count(*) from account_credentials where account_id = ?", Long.class, id))
                .isZero();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<Map<String, Object>> entries = graphql
                    .document("""
                            query($id: String) { activity(subject: $id) { total entries { eventType description command user } } }
                            """)
                    .variable("id", id)
                    .execute()
                    .path("activity.entries")
                    .entityList(Map.class)
                    .get()
                    .stream()
                    .map(m -> (Map<String, Object>) m)
                    .toList();
            assertThat(entries)
                    .extracting(e -> e.get("eventType"))
                    .containsExactly(
                            "SellerAccountRemovedEvent",
                            "AccountMarketplacesChangedEvent",
                            "SellerAccountConnectedEvent");
            assertThat(entries)
                    .extracting(e -> e.get("command"))
                    .containsExactly(
                            "RemoveSellerAccountCommand",
                            "ChangeAccountMarketplacesCommand",
                            "ConnectSellerAccountCommand");
            assertThat(entries).allSatisfy(e -> assertThat(e.get("user")).isEqualTo(IntegrationTestSupport.ADMIN));
            assertThat((String) entries.get(2).get("description"))
                    .contains("connected with marketplaces UK, DE, FR, IT, ES");
        });

        graphql.document("mutation($id: ID!) { removeAccount(id: $id) { accountId } }")
                .variable("id", id)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getExtensions()).containsEntry("code", "NOT_FOUND");
                }));
    }

    @Test
    @SuppressWarnings("unchecked")
    void replayRebuildsTheAccountsReadModelFromTheEventStore() {
        String id = connect("Replay " + sellerId);
        fetchAccount(id);
        jdbc.update("update account_view set name = 'tampered' where account_id = ?", id);

        graphql.document("mutation { replayProjection(name: \"accounts\") { name } }")
                .execute();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> status = graphql
                    .document("{ projections { name replaying progress running } }")
                    .execute()
                    .path("projections")
                    .entityList(Map.class)
                    .get()
                    .stream()
                    .map(m -> (Map<String, Object>) m)
                    .filter(m -> m.get("name").equals("accounts"))
                    .findFirst()
                    .orElseThrow();
            assertThat(status).containsEntry("replaying", false).containsEntry("running", true);
            assertThat(fetchAccount(id)).containsEntry("name", "Replay " + sellerId);
        });
    }

    @Test
    void refusesAnActivityPageTooLargeNamingTheField() {
        graphql.document("{ activity(limit: 1000) { total } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getExtensions())
                            .containsEntry("code", "INVALID_INPUT")
                            .containsEntry("field", "limit");
                }));
    }

    @Test
    void refusesToReplayWhatIsNotAProjection() {
        graphql.document("mutation { replayProjection(name: \"sagas\") { name } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getExtensions())
                            .containsEntry("code", "INVALID_INPUT")
                            .containsEntry("field", "name");
                }));
    }

    @Test
    void noSecretReachesTheEventStoreReadModelsOrLogs(CapturedOutput output) throws Exception {
        String id = connect("Secrets " + sellerId);
        fetchAccount(id);
        graphql.document("""
                        mutation($input: ReplaceCredentialsInput!) { replaceAccountCredentials(input: $input) { accountId } }
                        """)
                .variable(
                        "input",
                        Map.of(
                                "id",
                                id,
                                "lwaClientId",
                                "amzn1.application-oa2-client.itest",
                                "clientSecret",
                                clientSecret + "2",
                                "refreshToken",
                                refreshToken + "2"))
                .execute();

        List<String> stored = jdbc.queryForList("""
                select convert_from(payload, 'UTF8') || coalesce(convert_from(meta_data, 'UTF8'), '') from domain_event_entry
                union all select coalesce(convert_from(token, 'UTF8'), '') from token_entry
                union all select coalesce(convert_from(serialized_saga, 'UTF8'), '') from saga_entry
                union all select row_to_json(a)::text from account_view a
                union all select row_to_json(e)::text from activity_entry e
                union all select coalesce(encode(client_secret, 'escape'), '') from account_credentials
                """, String.class);
        assertThat(String.join("\n", stored))
                .contains(sellerId)
                .doesNotContain(clientSecret)
                .doesNotContain(refreshToken)
                .doesNotContain("CLIENTSECRET")
                .doesNotContain("REFRESHTOKEN");

        Path logFile = Path.of(System.getProperty("SELLERSYNC_DATA_DIR"), "logs", "sellersync.log");
        String logs =
                output.getAll() + (Files.exists(logFile) ? Files.readString(logFile, StandardCharsets.UTF_8) : "");
        assertThat(logs).doesNotContain("CLIENTSECRET").doesNotContain("REFRESHTOKEN");
    }

    @Test
    void keepsEveryAxonBlobInByteaColumnsNotLargeObjects() {
        connect("Blobs " + sellerId);
        assertThat(jdbc.queryForObject("select count(*) from pg_largeobject_metadata", Long.class))
                .isZero();
        assertThat(jdbc.queryForList("""
                        select data_type from information_schema.columns
                        where table_name in ('domain_event_entry', 'snapshot_event_entry', 'token_entry', 'saga_entry')
                          and column_name in ('payload', 'meta_data', 'token', 'serialized_saga')
                          and table_schema = current_schema()
                        """, String.class)).hasSize(6).containsOnly("bytea");
    }

    private void assertRefusal(Map<String, Object> input, String field, String messagePart) {
        graphql.document(CONNECT).variable("input", input).execute().errors().satisfy(errors -> {
            assertThat(errors).singleElement().satisfies((ResponseError e) -> {
                assertThat(e.getExtensions()).containsEntry("field", field);
                assertThat(e.getMessage()).contains(messagePart);
            });
        });
    }

    private long countEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}

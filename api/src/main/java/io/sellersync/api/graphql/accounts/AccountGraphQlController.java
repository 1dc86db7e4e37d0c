// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.graphql.accounts;

import io.sellersync.api.accounts.AccountConnections;
import io.sellersync.api.accounts.Inputs;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.ConnectionTestView;
import io.sellersync.messages.accounts.CredentialStatusView;
import io.sellersync.messages.accounts.FindAccountQuery;
import io.sellersync.messages.accounts.FindCredentialStatusQuery;
import io.sellersync.messages.accounts.ListAccountsQuery;
import io.sellersync.messages.accounts.TestAccountConnectionQuery;
import io.sellersync.messages.shared.Marketplace;
import io.sellersync.messages.shared.Marketplaces;
import io.sellersync.messages.shared.Region;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

@Controller
class AccountGraphQlController {

    private final QueryGateway queries;
    private final AccountConnections connections;
    private final Clock clock;

    AccountGraphQlController(QueryGateway queries, AccountConnections connections, Clock clock) {
        this.queries = queries;
        this.connections = connections;
        this.clock = clock;
    }

    @QueryMapping
    CompletableFuture<List<AccountView>> accounts() {
        return queries.query(new ListAccountsQuery(), ResponseTypes.multipleInstancesOf(AccountView.class));
    }

    @QueryMapping
    CompletableFuture<AccountView> account(@Argument String id) {
        return queries.query(
                        new FindAccountQuery(new AccountId(id)), ResponseTypes.optionalInstanceOf(AccountView.class))
                .thenApply(found -> found.orElse(null));
    }

    @QueryMapping
    List<Marketplace> marketplaces(@Argument Region region) {
        return region == null ? Marketplaces.all() : Marketplaces.inRegion(region);
    }

    @MutationMapping
    AccountPayload connectAccount(@Argument ConnectAccountInput input) {
        AccountId id = connections.connect(new AccountConnections.Connection(
                input.name(),
                input.sellingPartnerId(),
                input.region(),
                Inputs.marketplaces(input.region(), input.marketplaces()),
                input.lwaClientId(),
                input.clientSecret(),
                input.refreshToken(),
                Inputs.date("clientSecretExpiresOn", input.clientSecretExpiresOn()),
                null));
        return new AccountPayload(id.value());
    }

    @MutationMapping
    AccountPayload changeAccountMarketplaces(@Argument String id, @Argument List<String> marketplaces) {
        connections.changeMarketplaces(new AccountId(id), Inputs.marketplaces(null, marketplaces));
        return new AccountPayload(id);
    }

    @MutationMapping
    AccountPayload replaceAccountCredentials(@Argument ReplaceCredentialsInput input) {
        connections.replaceCredentials(
                new AccountId(input.id()),
                input.lwaClientId(),
                input.clientSecret(),
                input.refreshToken(),
                Inputs.date("clientSecretExpiresOn", input.clientSecretExpiresOn()));
        return new AccountPayload(input.id());
    }

    @MutationMapping
    AccountPayload removeAccount(@Argument String id) {
        connections.remove(new AccountId(id));
        return new AccountPayload(id);
    }

    @MutationMapping
    CompletableFuture<ConnectionTestView> testAccountConnection(@Argument String id) {
        return queries.query(
                new TestAccountConnectionQuery(new AccountId(id)), ResponseTypes.instanceOf(ConnectionTestView.class));
    }

    @SchemaMapping(typeName = "Account", field = "spApiUrl")
    String spApiUrl(AccountView account) {
        return account.endpoints() == null ? null : account.endpoints().spApiUrl();
    }

    @SubscriptionMapping("accounts")
    Flux<List<AccountView>> accountsSubscription() {
        SubscriptionQueryResult<List<AccountView>, List<AccountView>> result = queries.subscriptionQuery(
                new ListAccountsQuery(),
                ResponseTypes.multipleInstancesOf(AccountView.class),
                ResponseTypes.multipleInstancesOf(AccountView.class));
        return result.initialResult().concatWith(result.updates()).doFinally(signal -> result.close());
    }

    @SchemaMapping(typeName = "Account", field = "id")
    String id(AccountView account) {
        return account.accountId().value();
    }

    @SchemaMapping(typeName = "Account", field = "marketplaces")
    List<Marketplace> marketplaces(AccountView account) {
        return account.marketplaces().stream()
                .map(Marketplaces::find)
                .flatMap(Optional::stream)
                .toList();
    }

    @SchemaMapping(typeName = "Account", field = "clientSecretExpiresInDays")
    Long clientSecretExpiresInDays(AccountView account) {
        LocalDate expires = account.clientSecretExpiresOn();
        return expires == null ? null : ChronoUnit.DAYS.between(LocalDate.now(clock), expires);
    }

    @SchemaMapping(typeName = "Account", field = "credentials")
    CompletableFuture<MaskedCredentials> credentials(AccountView account) {
        return queries.query(
                        new FindCredentialStatusQuery(account.accountId()),
                        ResponseTypes.instanceOf(CredentialStatusView.class))
                .thenApply(MaskedCredentials::of);
    }
}

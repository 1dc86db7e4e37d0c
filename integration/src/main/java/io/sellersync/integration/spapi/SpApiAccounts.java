// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi;

import io.sellersync.integration.vault.CredentialsVault;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.FindAccountQuery;
import io.sellersync.messages.accounts.MarkAccountNeedsReauthorizationCommand;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import java.net.URI;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Turns an account id into what the client needs (endpoints and decrypted secrets), and reports an account whose
 * credentials Amazon refused, so the account shows "needs re-authorization" and its syncs pause instead of retrying.
 */
@Component
public class SpApiAccounts {

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final CredentialsVault vault;
    private final SpApiProperties properties;

    SpApiAccounts(QueryGateway queries, CommandGateway commands, CredentialsVault vault, SpApiProperties properties) {
        this.queries = queries;
        this.commands = commands;
        this.vault = vault;
        this.properties = properties;
    }

    public AccountView view(AccountId id) {
        return queries.query(new FindAccountQuery(id), ResponseTypes.optionalInstanceOf(AccountView.class))
                .join()
                .orElseThrow(() -> new BusinessException(ErrorCode.NOT_FOUND, "accountId", "No account " + id));
    }

    public SpApiAccount forAccount(AccountView view) {
        var secrets = vault.load(view.accountId())
                .orElseThrow(() -> new BusinessException(
                        ErrorCode.CONFLICT, "credentials", "The account has no stored credentials; enter them again"));
        URI base = view.endpoints() == null
                ? properties.endpoint(view.region())
                : URI.create(view.endpoints().spApiUrl());
        URI lwa = view.endpoints() == null
                ? properties.lwaUrl()
                : URI.create(view.endpoints().lwaUrl());
        return new SpApiAccount(
                view.accountId().value(), view.sellingPartnerId(), base, lwa, view.lwaClientId(), secrets);
    }

    /** Records Amazon's refusal on the account when the failure means its credentials no longer work. */
    public void reportIfUnauthorized(AccountId id, SpApiException failure) {
        if (failure instanceof SpApiException.Unauthorized refused && refused.reason() != null) {
            String words = refused.errors().isEmpty()
                    ? refused.reason()
                    : refused.errors().get(0).message();
            commands.sendAndWait(new MarkAccountNeedsReauthorizationCommand(id, words));
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web.queue;

import io.sellersync.api.queue.SyncSettings;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.ListAccountsQuery;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * The "add to queue → account and marketplace" choices the Inventory page offers: every connected account's enabled
 * marketplaces, the Settings → Sync default first selected. A choice travels as one form value,
 * {@code accountId|marketplaceId}.
 */
@Component
public class QueueTargets {

    /** One choice in the select. */
    public record Target(String value, String label, boolean selected) {}

    private final QueryGateway queries;
    private final SyncSettings settings;

    QueueTargets(QueryGateway queries, SyncSettings settings) {
        this.queries = queries;
        this.settings = settings;
    }

    public List<Target> choices() {
        List<AccountView> accounts = queries.query(
                        new ListAccountsQuery(), ResponseTypes.multipleInstancesOf(AccountView.class))
                .join();
        SyncSettings.Defaults defaults = settings.defaults();
        List<Target> targets = new ArrayList<>();
        for (AccountView account : accounts) {
            for (MarketplaceId marketplace : account.marketplaces()) {
                String country = Marketplaces.countryCode(marketplace);
                boolean selected = account.accountId().equals(defaults.accountId())
                        && marketplace.equals(defaults.marketplaceId());
                targets.add(new Target(
                        account.accountId().value() + "|" + marketplace.value(),
                        account.name() + " — " + country,
                        selected));
            }
        }
        return targets;
    }

    /** Splits a submitted choice; null when none was submitted or it is malformed. */
    static SyncSettings.Defaults parse(String target) {
        if (target == null || target.indexOf('|') <= 0 || target.endsWith("|")) {
            return null;
        }
        int bar = target.indexOf('|');
        return new SyncSettings.Defaults(
                new AccountId(target.substring(0, bar)), new MarketplaceId(target.substring(bar + 1)));
    }
}

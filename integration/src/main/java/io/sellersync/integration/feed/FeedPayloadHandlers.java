// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import io.sellersync.integration.spapi.SpApiAccounts;
import io.sellersync.messages.feed.FeedDocumentView;
import io.sellersync.messages.feed.FeedPayloadRef;
import io.sellersync.messages.feed.FindFeedDocumentQuery;
import io.sellersync.messages.feed.StoreFeedPayloadCommand;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Renders, checks and stores the exact feed document ({@link StoreFeedPayloadCommand} → {@link FeedPayloadRef}) and
 * answers stored documents by digest. A document that breaks the feed schema's rules is our bug, never the user's:
 * the command is refused with {@link InvalidFeedDocumentException} naming every violation, and nothing is stored.
 */
@Component
class FeedPayloadHandlers {

    private final SpApiAccounts accounts;
    private final FeedDocumentStore store;

    FeedPayloadHandlers(SpApiAccounts accounts, FeedDocumentStore store) {
        this.accounts = accounts;
        this.store = store;
    }

    @CommandHandler
    FeedPayloadRef handle(StoreFeedPayloadCommand command) {
        String sellerId = accounts.view(command.accountId()).sellingPartnerId();
        return store(store, sellerId, command);
    }

    /** The command's work once the seller id is known (tests call it without Axon). */
    static FeedPayloadRef store(FeedDocumentStore store, String sellerId, StoreFeedPayloadCommand command) {
        byte[] document = ListingsFeedWriter.write(sellerId, command.marketplaceId(), command.messages());
        List<String> violations = FeedSchemaRules.check(document);
        if (!violations.isEmpty()) {
            throw new InvalidFeedDocumentException(violations);
        }
        return new FeedPayloadRef(store.put(FeedDocumentStore.PAYLOAD, document), document.length);
    }

    @QueryHandler
    FeedDocumentView handle(FindFeedDocumentQuery query) {
        return new FeedDocumentView(query.digest(), store.get(query.digest()).orElse(null));
    }

    /** The rendered feed breaks Amazon's feed schema: a bug in the planner or writer, never sent. */
    static final class InvalidFeedDocumentException extends IllegalStateException {

        InvalidFeedDocumentException(List<String> violations) {
            super("The feed document breaks Amazon's feed schema (a bug, nothing was stored): "
                    + String.join("; ", violations.subList(0, Math.min(violations.size(), 20)))
                    + (violations.size() > 20 ? "; and " + (violations.size() - 20) + " more" : ""));
        }
    }
}

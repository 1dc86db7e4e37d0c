// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.queue;

import io.sellersync.messages.inventory.ChangeInventoryItemPriceCommand;
import io.sellersync.messages.queue.ConflictKind;
import io.sellersync.messages.queue.ConflictResolution;
import io.sellersync.messages.queue.PriceConflictResolvedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;

/**
 * "Use Amazon's price (updates my item)": when a conflict is resolved that way, the local inventory item takes the
 * price too. For a queue-vs-queue conflict the same answer is "use the other price": the item takes the other queued
 * entry's price and the change says so (Amazon's price is not involved). A policy, not a projection: it sends a command, so it runs in its own processing group that starts at the
 * head of the event stream and is never replayed (a replay would change prices again).
 */
@ProcessingGroup(UseAmazonPricePolicy.GROUP)
@DisallowReplay
public class UseAmazonPricePolicy {

    public static final String GROUP = "queue-use-amazon-price";

    static final String REASON = "use Amazon's price";

    static final String QUEUE_REASON = "use the other queued entry's price";

    private final CommandGateway commands;

    public UseAmazonPricePolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(PriceConflictResolvedEvent event) {
        if (event.resolution() == ConflictResolution.USE_AMAZON_PRICE) {
            String reason = event.kind() == ConflictKind.QUEUE ? QUEUE_REASON : REASON;
            commands.sendAndWait(new ChangeInventoryItemPriceCommand(event.itemId(), event.price(), reason));
        }
    }
}

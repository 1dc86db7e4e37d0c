// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.queue;

import io.sellersync.messages.inventory.ChangeInventoryItemPriceCommand;
import io.sellersync.messages.queue.ConflictResolution;
import io.sellersync.messages.queue.PriceConflictResolvedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;

/**
 * "Use Amazon's price (updates my item)": when a conflict is resolved that way, the local inventory item takes the
 * price too. A policy, not a projection: it sends a command, so it runs in its own processing group that starts at the
 * head of the event stream and is never replayed (a replay would change prices again).
 */
@ProcessingGroup(UseAmazonPricePolicy.GROUP)
@DisallowReplay
public class UseAmazonPricePolicy {

    public static final String GROUP = "queue-use-amazon-price";

    static final String REASON = "use Amazon's price";

    private final CommandGateway commands;

    public UseAmazonPricePolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(PriceConflictResolvedEvent event) {
        if (event.resolution() == ConflictResolution.USE_AMAZON_PRICE) {
            commands.sendAndWait(new ChangeInventoryItemPriceCommand(event.itemId(), event.price(), REASON));
        }
    }
}

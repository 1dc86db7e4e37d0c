// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.inventory.ChangeInventoryItemPriceCommand;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.queue.ConflictKind;
import io.sellersync.messages.queue.ConflictResolution;
import io.sellersync.messages.queue.PriceConflictResolvedEvent;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UseAmazonPricePolicyTest {

    private static final InventoryItemId ITEM = new InventoryItemId("item-1");
    private static final QueueItemId ID =
            QueueItemId.of(ITEM, new AccountId("acc-1"), new MarketplaceId("A1F83G8C2ARO7P"));
    private static final Money LIVE = Money.of("14.00", "GBP");

    private final List<Object> sent = new ArrayList<>();
    private UseAmazonPricePolicy policy;

    @BeforeEach
    void setUp() {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(ChangeInventoryItemPriceCommand.class.getName(), (CommandMessage<?> message) -> {
            sent.add(message.getPayload());
            return null;
        });
        policy = new UseAmazonPricePolicy(
                DefaultCommandGateway.builder().commandBus(bus).build());
    }

    @Test
    void useAmazonsPriceChangesTheInventoryItemsPrice() {
        policy.on(new PriceConflictResolvedEvent(
                ID, ITEM, ConflictResolution.USE_AMAZON_PRICE, LIVE, false, ConflictKind.AMAZON));

        assertThat(sent).containsExactly(new ChangeInventoryItemPriceCommand(ITEM, LIVE, "use Amazon's price"));
    }

    @Test
    void useTheOtherPriceOfAQueueConflictSaysSoOnTheItem() {
        policy.on(new PriceConflictResolvedEvent(
                ID, ITEM, ConflictResolution.USE_AMAZON_PRICE, LIVE, false, ConflictKind.QUEUE));

        assertThat(sent)
                .containsExactly(new ChangeInventoryItemPriceCommand(ITEM, LIVE, "use the other queued entry's price"));
    }

    @Test
    void useMyPriceAndSkipLeaveTheItemAlone() {
        policy.on(new PriceConflictResolvedEvent(
                ID, ITEM, ConflictResolution.USE_MY_PRICE, LIVE, false, ConflictKind.AMAZON));
        policy.on(new PriceConflictResolvedEvent(ID, ITEM, ConflictResolution.SKIP, LIVE, false, ConflictKind.AMAZON));

        assertThat(sent).isEmpty();
    }

    @Test
    void isNeverReplayed() {
        assertThat(UseAmazonPricePolicy.class.isAnnotationPresent(org.axonframework.eventhandling.DisallowReplay.class))
                .isTrue();
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.GuardRails;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.queue.ClearQueueConflictCommand;
import io.sellersync.messages.queue.ConflictKind;
import io.sellersync.messages.queue.ConflictResolution;
import io.sellersync.messages.queue.FlagQueueConflictCommand;
import io.sellersync.messages.queue.ItemQueuedEvent;
import io.sellersync.messages.queue.ItemSnapshot;
import io.sellersync.messages.queue.PriceConflictDetectedEvent;
import io.sellersync.messages.queue.PriceConflictResolvedEvent;
import io.sellersync.messages.queue.QueueInventoryItemCommand;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.queue.QueueItemRemovedEvent;
import io.sellersync.messages.queue.QueueItemSyncFailedEvent;
import io.sellersync.messages.queue.QueueItemSyncedEvent;
import io.sellersync.messages.queue.RecordQueueItemSyncFailedCommand;
import io.sellersync.messages.queue.RecordQueueItemSyncedCommand;
import io.sellersync.messages.queue.RemovalReason;
import io.sellersync.messages.queue.RemoveQueueItemCommand;
import io.sellersync.messages.queue.ResolvePriceConflictCommand;
import io.sellersync.messages.queue.SkuResolution;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueueItemTest {

    private static final InventoryItemId ITEM = new InventoryItemId("item-1");
    private static final AccountId ACCOUNT = new AccountId("acc-1");
    private static final MarketplaceId UK = new MarketplaceId("A1F83G8C2ARO7P");
    private static final QueueItemId ID = QueueItemId.of(ITEM, ACCOUNT, UK);
    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
    private static final Money MINE = Money.of("12.50", "GBP");
    private static final Money LIVE = Money.of("14.00", "GBP");

    private AggregateTestFixture<QueueItem> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(QueueItem.class);
    }

    private static ItemSnapshot item(String asin, Money price, InventoryStatus status) {
        return new ItemSnapshot(ITEM, "LOC-1", "A book", asin, ItemCondition.USED_GOOD, price, 2, status);
    }

    private static SkuResolution reused(Money live) {
        return new SkuResolution("SKU-1", false, "BOOK", live, live == null ? null : 3);
    }

    private static QueueInventoryItemCommand queue(ItemSnapshot item, SkuResolution resolution) {
        return queue(item, false, resolution, null, GuardRails.DEFAULT);
    }

    private static QueueInventoryItemCommand queue(
            ItemSnapshot item, boolean reprice, SkuResolution resolution, Money other, GuardRails rails) {
        return new QueueInventoryItemCommand(ID, ACCOUNT, UK, item, reprice, resolution, other, rails, AT);
    }

    private static ItemQueuedEvent queued(Money live, boolean confirm) {
        return new ItemQueuedEvent(
                ID,
                ACCOUNT,
                UK,
                item("B00EXAMPLE", MINE, InventoryStatus.BACKLOG),
                false,
                reused(live),
                GuardRails.DEFAULT,
                confirm,
                AT);
    }

    private static void refused(ResultValidator<QueueItem> result, ErrorCode code, String field, String words) {
        result.expectNoEvents()
                .expectException(Matchers.predicate(e -> e instanceof BusinessException b
                        && b.error().code() == code
                        && field.equals(b.error().field())
                        && b.getMessage().contains(words)));
    }

    @Test
    void queuesABacklogItemWithoutALivePrice() {
        fixture.givenNoPriorActivity()
                .when(queue(item("B00EXAMPLE", MINE, InventoryStatus.BACKLOG), reused(null)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(queued(null, false));
    }

    @Test
    void samePriceAsAmazonIsNoConflict() {
        fixture.givenNoPriorActivity()
                .when(queue(item("B00EXAMPLE", MINE, InventoryStatus.BACKLOG), reused(Money.of("12.5", "GBP"))))
                .expectEvents(queued(Money.of("12.5", "GBP"), false));
    }

    @Test
    void aDifferentLivePriceIsAConflictNotAnError() {
        fixture.givenNoPriorActivity()
                .when(queue(item("B00EXAMPLE", MINE, InventoryStatus.BACKLOG), reused(LIVE)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        queued(LIVE, false), new PriceConflictDetectedEvent(ID, ITEM, ConflictKind.AMAZON, MINE, LIVE));
    }

    @Test
    void anotherQueuedEntryAtAnotherPriceIsAQueueConflict() {
        Money other = Money.of("11.00", "GBP");
        fixture.givenNoPriorActivity()
                .when(queue(
                        item("B00EXAMPLE", MINE, InventoryStatus.BACKLOG),
                        false,
                        reused(null),
                        other,
                        GuardRails.DEFAULT))
                .expectEvents(
                        queued(null, false), new PriceConflictDetectedEvent(ID, ITEM, ConflictKind.QUEUE, MINE, other));
    }

    @Test
    void anotherQueuedEntryAtTheSamePriceIsNoConflict() {
        fixture.givenNoPriorActivity()
                .when(queue(
                        item("B00EXAMPLE", MINE, InventoryStatus.BACKLOG),
                        false,
                        reused(null),
                        Money.of("12.50", "GBP"),
                        GuardRails.DEFAULT))
                .expectEvents(queued(null, false));
    }

    @Test
    void refusesAnItemWithoutAsin() {
        refused(
                fixture.givenNoPriorActivity().when(queue(item("", MINE, InventoryStatus.BACKLOG), reused(null))),
                ErrorCode.INVALID_INPUT,
                "asin",
                "no ASIN");
    }

    @Test
    void refusesAZeroPrice() {
        refused(
                fixture.givenNoPriorActivity()
                        .when(queue(item("B00EXAMPLE", Money.of("0", "GBP"), InventoryStatus.BACKLOG), reused(null))),
                ErrorCode.INVALID_INPUT,
                "price",
                "more than 0");
    }

    @Test
    void refusesAPriceInAnotherCurrencyThanTheMarketplace() {
        refused(
                fixture.givenNoPriorActivity()
                        .when(queue(
                                item("B00EXAMPLE", Money.of("12.50", "EUR"), InventoryStatus.BACKLOG), reused(null))),
                ErrorCode.INVALID_INPUT,
                "price",
                "in EUR, but Amazon UK sells in GBP");
    }

    @Test
    void refusesASoldItem() {
        refused(
                fixture.givenNoPriorActivity()
                        .when(queue(item("B00EXAMPLE", MINE, InventoryStatus.SOLD), reused(null))),
                ErrorCode.INVALID_INPUT,
                "status",
                "only BACKLOG");
    }

    @Test
    void refusesAListedItemWithoutReprice() {
        refused(
                fixture.givenNoPriorActivity()
                        .when(queue(item("B00EXAMPLE", MINE, InventoryStatus.LISTED), reused(null))),
                ErrorCode.INVALID_INPUT,
                "status",
                "already LISTED");
    }

    @Test
    void queuesAListedItemForAReprice() {
        ItemSnapshot listed = item("B00EXAMPLE", MINE, InventoryStatus.LISTED);
        fixture.givenNoPriorActivity()
                .when(queue(listed, true, reused(null), null, GuardRails.DEFAULT))
                .expectEvents(new ItemQueuedEvent(
                        ID, ACCOUNT, UK, listed, true, reused(null), GuardRails.DEFAULT, false, AT));
    }

    @Test
    void refusesWithoutASellerSku() {
        refused(
                fixture.givenNoPriorActivity()
                        .when(queue(
                                item("B00EXAMPLE", MINE, InventoryStatus.BACKLOG),
                                new SkuResolution(" ", true, "BOOK", null, null))),
                ErrorCode.INVALID_INPUT,
                "sellerSku",
                "No seller SKU");
    }

    @Test
    void refusesAPriceBelowTheFloor() {
        GuardRails rails = new GuardRails(new BigDecimal("15"), null, null);
        refused(
                fixture.givenNoPriorActivity()
                        .when(queue(
                                item("B00EXAMPLE", MINE, InventoryStatus.BACKLOG), false, reused(null), null, rails)),
                ErrorCode.INVALID_INPUT,
                "price",
                "below the account's floor of 15");
    }

    @Test
    void refusesAPriceAboveTheCeiling() {
        GuardRails rails = new GuardRails(null, new BigDecimal("10"), null);
        refused(
                fixture.givenNoPriorActivity()
                        .when(queue(
                                item("B00EXAMPLE", MINE, InventoryStatus.BACKLOG), false, reused(null), null, rails)),
                ErrorCode.INVALID_INPUT,
                "price",
                "above the account's ceiling of 10");
    }

    @Test
    void aChangeAboveTheMaximumPercentIsQueuedButNeedsConfirmation() {
        GuardRails rails = new GuardRails(null, null, new BigDecimal("10"));
        ItemSnapshot snapshot = item("B00EXAMPLE", MINE, InventoryStatus.BACKLOG);
        fixture.givenNoPriorActivity()
                .when(queue(snapshot, false, reused(LIVE), null, rails))
                .expectEvents(
                        new ItemQueuedEvent(ID, ACCOUNT, UK, snapshot, false, reused(LIVE), rails, true, AT),
                        new PriceConflictDetectedEvent(ID, ITEM, ConflictKind.AMAZON, MINE, LIVE));
    }

    @Test
    void refusesAnItemThatIsAlreadyQueued() {
        refused(
                fixture.given(queued(null, false))
                        .when(queue(item("B00EXAMPLE", MINE, InventoryStatus.BACKLOG), reused(null))),
                ErrorCode.CONFLICT,
                "itemId",
                "already queued");
    }

    @Test
    void aRemovedEntryMayBeQueuedAgain() {
        fixture.given(queued(null, false), new QueueItemRemovedEvent(ID, ITEM, RemovalReason.REMOVED_BY_USER))
                .when(queue(item("B00EXAMPLE", MINE, InventoryStatus.BACKLOG), reused(null)))
                .expectEvents(queued(null, false));
    }

    @Test
    void useMyPriceKeepsTheEntrysPrice() {
        fixture.given(queued(LIVE, false), new PriceConflictDetectedEvent(ID, ITEM, ConflictKind.AMAZON, MINE, LIVE))
                .when(new ResolvePriceConflictCommand(ID, ConflictResolution.USE_MY_PRICE))
                .expectEvents(new PriceConflictResolvedEvent(
                        ID, ITEM, ConflictResolution.USE_MY_PRICE, MINE, false, ConflictKind.AMAZON));
    }

    @Test
    void useAmazonPriceTakesTheLivePrice() {
        fixture.given(queued(LIVE, false), new PriceConflictDetectedEvent(ID, ITEM, ConflictKind.AMAZON, MINE, LIVE))
                .when(new ResolvePriceConflictCommand(ID, ConflictResolution.USE_AMAZON_PRICE))
                .expectEvents(new PriceConflictResolvedEvent(
                        ID, ITEM, ConflictResolution.USE_AMAZON_PRICE, LIVE, false, ConflictKind.AMAZON));
    }

    @Test
    void skipRemovesTheEntry() {
        fixture.given(queued(LIVE, false), new PriceConflictDetectedEvent(ID, ITEM, ConflictKind.AMAZON, MINE, LIVE))
                .when(new ResolvePriceConflictCommand(ID, ConflictResolution.SKIP))
                .expectEvents(
                        new PriceConflictResolvedEvent(
                                ID, ITEM, ConflictResolution.SKIP, MINE, false, ConflictKind.AMAZON),
                        new QueueItemRemovedEvent(ID, ITEM, RemovalReason.SKIPPED));
    }

    @Test
    void onlyAnOpenConflictCanBeResolved() {
        refused(
                fixture.given(queued(null, false))
                        .when(new ResolvePriceConflictCommand(ID, ConflictResolution.USE_MY_PRICE)),
                ErrorCode.CONFLICT,
                "entryId",
                "no open price conflict");
    }

    @Test
    void aResolvedConflictCannotBeResolvedAgain() {
        refused(
                fixture.given(
                                queued(LIVE, false),
                                new PriceConflictDetectedEvent(ID, ITEM, ConflictKind.AMAZON, MINE, LIVE),
                                new PriceConflictResolvedEvent(
                                        ID, ITEM, ConflictResolution.USE_MY_PRICE, MINE, false, ConflictKind.AMAZON))
                        .when(new ResolvePriceConflictCommand(ID, ConflictResolution.SKIP)),
                ErrorCode.CONFLICT,
                "entryId",
                "no open price conflict");
    }

    @Test
    void aResolutionMustBeChosen() {
        refused(
                fixture.given(
                                queued(LIVE, false),
                                new PriceConflictDetectedEvent(ID, ITEM, ConflictKind.AMAZON, MINE, LIVE))
                        .when(new ResolvePriceConflictCommand(ID, null)),
                ErrorCode.INVALID_INPUT,
                "resolution",
                "Choose");
    }

    @Test
    void removesAnActiveEntry() {
        fixture.given(queued(null, false))
                .when(new RemoveQueueItemCommand(ID, RemovalReason.QUEUE_CLEARED))
                .expectEvents(new QueueItemRemovedEvent(ID, ITEM, RemovalReason.QUEUE_CLEARED));
    }

    @Test
    void aRemovedEntryCannotBeRemovedAgain() {
        refused(
                fixture.given(queued(null, false), new QueueItemRemovedEvent(ID, ITEM, RemovalReason.REMOVED_BY_USER))
                        .when(new RemoveQueueItemCommand(ID, RemovalReason.REMOVED_BY_USER)),
                ErrorCode.NOT_FOUND,
                "entryId",
                "not in the queue");
    }

    @Test
    void aRemovedEntrysConflictCannotBeResolved() {
        refused(
                fixture.given(
                                queued(LIVE, false),
                                new PriceConflictDetectedEvent(ID, ITEM, ConflictKind.AMAZON, MINE, LIVE),
                                new QueueItemRemovedEvent(ID, ITEM, RemovalReason.REMOVED_BY_USER))
                        .when(new ResolvePriceConflictCommand(ID, ConflictResolution.USE_MY_PRICE)),
                ErrorCode.NOT_FOUND,
                "entryId",
                "not in the queue");
    }

    @Test
    void eventsDescribeThemselvesInWords() {
        assertThat(queued(null, false).describe()).contains("LOC-1", "SKU-1", "GBP 12.50");
        assertThat(new PriceConflictDetectedEvent(ID, ITEM, ConflictKind.AMAZON, MINE, LIVE).describe())
                .contains("your price GBP 12.50", "Amazon's live price GBP 14.00");
    }

    // queue-vs-queue conflicts are never lost

    private static final Money OTHER = Money.of("11.00", "GBP");

    @Test
    void aQueueConflictIsRecordedEvenWhenAmazonsPriceDiffersToo() {
        fixture.givenNoPriorActivity()
                .when(queue(
                        item("B00EXAMPLE", MINE, InventoryStatus.BACKLOG),
                        false,
                        reused(LIVE),
                        OTHER,
                        GuardRails.DEFAULT))
                .expectEvents(
                        queued(LIVE, false), new PriceConflictDetectedEvent(ID, ITEM, ConflictKind.QUEUE, MINE, OTHER));
    }

    @Test
    void onceTheQueueConflictIsAnsweredAmazonsConflictFollows() {
        fixture.given(queued(LIVE, false), new PriceConflictDetectedEvent(ID, ITEM, ConflictKind.QUEUE, MINE, OTHER))
                .when(new ResolvePriceConflictCommand(ID, ConflictResolution.USE_AMAZON_PRICE))
                .expectEvents(
                        new PriceConflictResolvedEvent(
                                ID, ITEM, ConflictResolution.USE_AMAZON_PRICE, OTHER, false, ConflictKind.QUEUE),
                        new PriceConflictDetectedEvent(ID, ITEM, ConflictKind.AMAZON, OTHER, LIVE));
    }

    @Test
    void useTheOtherPriceOfAQueueConflictTakesTheOtherEntrysPrice() {
        fixture.given(queued(null, false), new PriceConflictDetectedEvent(ID, ITEM, ConflictKind.QUEUE, MINE, OTHER))
                .when(new ResolvePriceConflictCommand(ID, ConflictResolution.USE_AMAZON_PRICE))
                .expectEvents(new PriceConflictResolvedEvent(
                        ID, ITEM, ConflictResolution.USE_AMAZON_PRICE, OTHER, false, ConflictKind.QUEUE));
    }

    @Test
    void anEntryWithoutAConflictIsFlaggedWhenAnotherEntryForItsSkuHasAnotherPrice() {
        fixture.given(queued(null, false))
                .when(new FlagQueueConflictCommand(ID, OTHER))
                .expectEvents(new PriceConflictDetectedEvent(ID, ITEM, ConflictKind.QUEUE, MINE, OTHER));
    }

    @Test
    void flaggingAtTheSamePriceChangesNothing() {
        fixture.given(queued(null, false))
                .when(new FlagQueueConflictCommand(ID, Money.of("12.5", "GBP")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anOpenAmazonConflictIsKeptWhenFlaggedAndTheQueueConflictComesAfterItsAnswer() {
        fixture.given(queued(LIVE, false), new PriceConflictDetectedEvent(ID, ITEM, ConflictKind.AMAZON, MINE, LIVE))
                .when(new FlagQueueConflictCommand(ID, OTHER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anOpenQueueConflictAgainstTheSamePriceIsNotRecordedTwice() {
        fixture.given(queued(null, false), new PriceConflictDetectedEvent(ID, ITEM, ConflictKind.QUEUE, MINE, OTHER))
                .when(new FlagQueueConflictCommand(ID, Money.of("11", "GBP")))
                .expectNoEvents();
    }

    @Test
    void anOpenQueueConflictFollowsTheOtherEntrysNewPrice() {
        Money moved = Money.of("10.00", "GBP");
        fixture.given(queued(null, false), new PriceConflictDetectedEvent(ID, ITEM, ConflictKind.QUEUE, MINE, OTHER))
                .when(new FlagQueueConflictCommand(ID, moved))
                .expectEvents(new PriceConflictDetectedEvent(ID, ITEM, ConflictKind.QUEUE, MINE, moved));
    }

    @Test
    void aRemovedEntryCannotBeFlagged() {
        refused(
                fixture.given(queued(null, false), new QueueItemRemovedEvent(ID, ITEM, RemovalReason.REMOVED_BY_USER))
                        .when(new FlagQueueConflictCommand(ID, OTHER)),
                ErrorCode.NOT_FOUND,
                "entryId",
                "not in the queue");
    }

    @Test
    void whenTheOtherEntriesAgreeTheQueueConflictEndsWithTheEntrysOwnPrice() {
        fixture.given(queued(null, false), new PriceConflictDetectedEvent(ID, ITEM, ConflictKind.QUEUE, MINE, OTHER))
                .when(new ClearQueueConflictCommand(ID))
                .expectEvents(new PriceConflictResolvedEvent(
                        ID, ITEM, ConflictResolution.USE_MY_PRICE, MINE, false, ConflictKind.QUEUE));
    }

    @Test
    void clearingLeavesAnAmazonConflictAlone() {
        fixture.given(queued(LIVE, false), new PriceConflictDetectedEvent(ID, ITEM, ConflictKind.AMAZON, MINE, LIVE))
                .when(new ClearQueueConflictCommand(ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private static final FeedId FEED = new FeedId("feed-0001-aaaa");
    private static final Instant BUILT = AT.plusSeconds(60);
    private static final Instant DONE = AT.plusSeconds(3600);

    @Test
    void aVerifiedEntryLeavesTheQueue() {
        fixture.given(queued(null, false))
                .when(new RecordQueueItemSyncedCommand(ID, FEED, BUILT, DONE))
                .expectEvents(new QueueItemSyncedEvent(ID, ITEM, FEED, DONE));
    }

    @Test
    void aSyncedEntryCanBeQueuedAgain() {
        fixture.given(queued(null, false), new QueueItemSyncedEvent(ID, ITEM, FEED, DONE))
                .when(queue(item("B00EXAMPLE", MINE, InventoryStatus.BACKLOG), reused(null)))
                .expectEvents(queued(null, false));
    }

    @Test
    void aRepeatedSyncChangesNothing() {
        fixture.given(queued(null, false), new QueueItemSyncedEvent(ID, ITEM, FEED, DONE))
                .when(new RecordQueueItemSyncedCommand(ID, FEED, BUILT, DONE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anEntryQueuedAfterTheFeedWasBuiltIsNotSyncedByIt() {
        fixture.given(queued(null, false))
                .when(new RecordQueueItemSyncedCommand(ID, FEED, AT.minusSeconds(1), DONE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aRemovedEntryIsNotSynced() {
        fixture.given(queued(null, false), new QueueItemRemovedEvent(ID, ITEM, RemovalReason.REMOVED_BY_USER))
                .when(new RecordQueueItemSyncedCommand(ID, FEED, BUILT, DONE))
                .expectNoEvents();
    }

    @Test
    void aFailedEntryStaysQueuedWithTheReason() {
        fixture.given(queued(null, false))
                .when(new RecordQueueItemSyncFailedCommand(ID, FEED, BUILT, "Amazon refused it", DONE))
                .expectEvents(new QueueItemSyncFailedEvent(ID, ITEM, FEED, "Amazon refused it", DONE))
                .expectState(state -> assertThat(state).extracting("active").isEqualTo(true));
    }

    @Test
    void aFailedEntryIsSyncedByALaterFeed() {
        FeedId later = new FeedId("feed-0002-bbbb");
        fixture.given(queued(null, false), new QueueItemSyncFailedEvent(ID, ITEM, FEED, "refused", DONE))
                .when(new RecordQueueItemSyncedCommand(ID, later, DONE.plusSeconds(60), DONE.plusSeconds(600)))
                .expectEvents(new QueueItemSyncedEvent(ID, ITEM, later, DONE.plusSeconds(600)));
    }

    @Test
    void aRepeatedFailureOfTheSameFeedChangesNothing() {
        fixture.given(queued(null, false), new QueueItemSyncFailedEvent(ID, ITEM, FEED, "refused", DONE))
                .when(new RecordQueueItemSyncFailedCommand(ID, FEED, BUILT, "refused", DONE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aFailureOfAFeedBuiltBeforeTheEntryWasQueuedChangesNothing() {
        fixture.given(queued(null, false))
                .when(new RecordQueueItemSyncFailedCommand(ID, FEED, AT.minusSeconds(1), "refused", DONE))
                .expectNoEvents();
    }

    @Test
    void aFailureOfASyncedEntryChangesNothing() {
        fixture.given(queued(null, false), new QueueItemSyncedEvent(ID, ITEM, FEED, DONE))
                .when(new RecordQueueItemSyncFailedCommand(ID, FEED, BUILT, "refused", DONE))
                .expectNoEvents();
    }
}

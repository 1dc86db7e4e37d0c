// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.graphql.inventory;

import io.sellersync.messages.inventory.ChangeInventoryItemStatusCommand;
import io.sellersync.messages.inventory.CreateInventoryItemCommand;
import io.sellersync.messages.inventory.FindInventoryItemQuery;
import io.sellersync.messages.inventory.InventoryFields;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryItemView;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.UpdateInventoryItemCommand;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The inventory writes shared by GraphQL and the pages: turns typed input into commands (money parsed strictly, a
 * refusal naming the field), sends them, and answers with the item once the read model shows the change
 * (subscribe-then-send), so the next read never shows the state from before the write.
 */
@Component
public class InventoryWrites {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,13}(\\.\\d{1,10})?");

    private final CommandGateway commands;
    private final QueryGateway queries;

    InventoryWrites(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** The new item's id and, unless the read model is slower than the wait, the item as the inventory shows it. */
    public record Created(InventoryItemId itemId, InventoryItemView item) {}

    public Created create(InventoryItemInput input, String source) {
        InventoryItemId id = InventoryItemId.random();
        CreateInventoryItemCommand command = new CreateInventoryItemCommand(
                id,
                input.localSku(),
                input.asin(),
                input.title(),
                input.condition(),
                money("price", input.price(), input.currency()),
                quantity(input),
                money("cost", input.cost(), input.currency()),
                status(input.status()),
                input.notes(),
                source);
        return new Created(id, sendAndWait(id, command, Objects::nonNull));
    }

    public InventoryItemView update(InventoryItemId id, InventoryItemInput input) {
        find(id);
        UpdateInventoryItemCommand command = new UpdateInventoryItemCommand(
                id,
                input.localSku(),
                input.asin(),
                input.title(),
                input.condition(),
                money("price", input.price(), input.currency()),
                quantity(input),
                money("cost", input.cost(), input.currency()),
                status(input.status()),
                input.notes());
        return sendAndWait(id, command, view -> shows(view, command));
    }

    public InventoryItemView changeStatus(InventoryItemId id, InventoryStatus status, String reason) {
        find(id);
        return sendAndWait(
                id,
                new ChangeInventoryItemStatusCommand(id, status, reason),
                view -> view != null && view.status() == status);
    }

    /** The item, or a NOT_FOUND refusal on field {@code id}. */
    public InventoryItemView find(InventoryItemId id) {
        return queries.query(new FindInventoryItemQuery(id), ResponseTypes.optionalInstanceOf(InventoryItemView.class))
                .join()
                .orElseThrow(() -> new BusinessException(ErrorCode.NOT_FOUND, "id", "No inventory item " + id));
    }

    private InventoryItemView sendAndWait(InventoryItemId id, Object command, Predicate<InventoryItemView> done) {
        SubscriptionQueryResult<Optional<InventoryItemView>, InventoryItemView> subscription =
                queries.subscriptionQuery(
                        new FindInventoryItemQuery(id),
                        ResponseTypes.optionalInstanceOf(InventoryItemView.class),
                        ResponseTypes.instanceOf(InventoryItemView.class));
        try {
            commands.sendAndWait(command);
            return subscription
                    .initialResult()
                    .flatMap(Mono::justOrEmpty)
                    .concatWith(subscription.updates())
                    .filter(done)
                    .next()
                    .timeout(TIMEOUT, Mono.empty())
                    .blockOptional()
                    .orElse(null);
        } finally {
            subscription.close();
        }
    }

    private static boolean shows(InventoryItemView view, UpdateInventoryItemCommand command) {
        return view.localSku().equals(command.localSku())
                && view.quantity() == command.quantity()
                && view.status() == command.status()
                && view.condition() == command.condition()
                && (view.price() == null
                        ? command.price() == null
                        : view.price().sameAmount(command.price()));
    }

    private static int quantity(InventoryItemInput input) {
        return input.quantity() == null ? 1 : input.quantity();
    }

    private static InventoryStatus status(InventoryStatus status) {
        return status == null ? InventoryStatus.BACKLOG : status;
    }

    /** "12.50" with a currency; blank is no amount. No grouping, no symbols, no comma decimals: the seller sees why. */
    static Money money(String field, String amount, String currency) {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        String text = amount.strip();
        if (!DECIMAL.matcher(text).matches()) {
            throw BusinessException.invalid(
                    field, field + " must be a number with a dot for decimals, such as 12.50 (got \"" + text + "\")");
        }
        Money money = new Money(new BigDecimal(text), currency(currency));
        String problem = InventoryFields.amountProblem(field, money.amount(), money.currency());
        if (problem != null) {
            throw BusinessException.invalid(field, problem);
        }
        return money;
    }

    private static Currency currency(String code) {
        if (code == null || code.isBlank()) {
            throw BusinessException.invalid("currency", "currency is required with a price or cost, such as GBP");
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid(
                    "currency", "unknown currency " + code.strip() + "; use a code such as GBP");
        }
    }
}

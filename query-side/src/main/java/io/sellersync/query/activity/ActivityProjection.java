// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.activity;

import io.sellersync.messages.activity.ActivityEntryView;
import io.sellersync.messages.activity.ActivityPage;
import io.sellersync.messages.activity.ListActivityQuery;
import io.sellersync.messages.shared.AuditedEvent;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * The audit trail: every event of every aggregate, in words, with the command and user that caused it (from the
 * event's metadata). Keyed by event id, so redelivery writes nothing twice; replayable from the event store.
 */
@Component
@ProcessingGroup(ActivityProjection.GROUP)
public class ActivityProjection {

    public static final String GROUP = "activity";

    /** Metadata keys that the command bus adds to every command, and Axon copies onto the events it causes. */
    public static final String COMMAND_KEY = "commandName";

    public static final String USER_KEY = "user";

    private final ActivityRepository entries;

    ActivityProjection(ActivityRepository entries) {
        this.entries = entries;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        if (entries.existsById(message.getIdentifier())) {
            return;
        }
        String aggregateType = null;
        String aggregateId = null;
        long sequence = 0;
        if (message instanceof DomainEventMessage<?> domain) {
            aggregateType = domain.getType();
            aggregateId = domain.getAggregateIdentifier();
            sequence = domain.getSequenceNumber();
        }
        String description = payload instanceof AuditedEvent audited
                ? audited.describe()
                : payload.getClass().getSimpleName();
        ActivityEntryView view = new ActivityEntryView(
                message.getIdentifier(),
                message.getTimestamp(),
                aggregateType,
                aggregateId,
                sequence,
                payload.getClass().getSimpleName(),
                description,
                (String) message.getMetaData().get(COMMAND_KEY),
                (String) message.getMetaData().get(USER_KEY));
        long position = token == null ? 0 : token.position().orElse(0);
        entries.save(new ActivityEntryEntity(view, position));
    }

    @ResetHandler
    void reset() {
        entries.deleteAllInBatch();
    }

    @QueryHandler
    ActivityPage handle(ListActivityQuery query) {
        Specification<ActivityEntryEntity> where = filter(query);
        var page = entries.findAll(
                where,
                PageRequest.of(
                        query.offset() / query.limit(),
                        query.limit(),
                        Sort.by(Sort.Order.desc("position"), Sort.Order.desc("occurredAt"))));
        return new ActivityPage(
                page.map(ActivityEntryEntity::toView).getContent(),
                page.getTotalElements(),
                query.offset(),
                query.limit());
    }

    private static Specification<ActivityEntryEntity> filter(ListActivityQuery query) {
        List<Specification<ActivityEntryEntity>> parts = new ArrayList<>();
        if (query.subject() != null && !query.subject().isBlank()) {
            parts.add((root, q, cb) -> cb.equal(root.get("aggregateId"), query.subject()));
        }
        if (query.eventType() != null && !query.eventType().isBlank()) {
            parts.add((root, q, cb) -> cb.equal(root.get("eventType"), query.eventType()));
        }
        return Specification.allOf(parts);
    }
}

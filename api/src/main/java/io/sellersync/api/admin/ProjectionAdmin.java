// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.admin;

import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.query.ReplayableProjections;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Rebuilds a read model from the event store: stop its processor, reset its tokens to the tail (its reset handler
 * empties the tables), start it again. Only projections may be replayed; sagas and the handlers that call Amazon
 * must never see old events twice.
 */
@Service
public class ProjectionAdmin {

    private static final Logger log = LoggerFactory.getLogger(ProjectionAdmin.class);

    private final EventProcessingConfiguration processing;

    ProjectionAdmin(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    public record ProjectionStatus(
            String name, boolean running, boolean replaying, double progress, Long position, String error) {}

    public List<ProjectionStatus> list() {
        return ReplayableProjections.NAMES.stream().map(this::status).toList();
    }

    public ProjectionStatus replay(String name, String requestedBy) {
        StreamingEventProcessor processor = processor(name);
        log.info("Replay of projection {} requested by {}", name, requestedBy);
        processor.shutdownAsync().orTimeout(30, TimeUnit.SECONDS).join();
        processor.resetTokens();
        processor.start();
        return status(name);
    }

    public ProjectionStatus status(String name) {
        StreamingEventProcessor processor = processor(name);
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        boolean replaying = processor.isReplaying();
        double progress = 1.0;
        if (replaying) {
            progress = segments.stream()
                    .mapToDouble(ProjectionAdmin::progress)
                    .min()
                    .orElse(0.0);
        }
        Long position = segments.stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent)
                .map(OptionalLong::getAsLong)
                .min(Long::compare)
                .orElse(null);
        String error = segments.stream()
                .filter(EventTrackerStatus::isErrorState)
                .map(s -> s.getError() == null ? "error" : s.getError().getMessage())
                .findFirst()
                .orElse(null);
        return new ProjectionStatus(name, processor.isRunning(), replaying, progress, position, error);
    }

    private static double progress(EventTrackerStatus status) {
        if (!status.isReplaying()) {
            return 1.0;
        }
        long reset = status.getResetPosition().orElse(0);
        long current = status.getCurrentPosition().orElse(0);
        return reset <= 0 ? 1.0 : Math.min(1.0, (double) current / reset);
    }

    private StreamingEventProcessor processor(String name) {
        if (!ReplayableProjections.NAMES.contains(name)) {
            throw BusinessException.invalid(
                    "name",
                    "No projection named " + name + "; choose one of "
                            + String.join(", ", ReplayableProjections.NAMES));
        }
        return processing
                .eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new BusinessException(
                        ErrorCode.NOT_FOUND, "name", "Projection " + name + " is not running on this node"));
    }
}

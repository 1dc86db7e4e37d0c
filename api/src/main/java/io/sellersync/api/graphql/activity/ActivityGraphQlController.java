// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.graphql.activity;

import io.sellersync.api.admin.ProjectionAdmin;
import io.sellersync.api.admin.ProjectionAdmin.ProjectionStatus;
import io.sellersync.messages.activity.ActivityPage;
import io.sellersync.messages.activity.ListActivityQuery;
import java.security.Principal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ActivityGraphQlController {

    private final QueryGateway queries;
    private final ProjectionAdmin projections;

    ActivityGraphQlController(QueryGateway queries, ProjectionAdmin projections) {
        this.queries = queries;
        this.projections = projections;
    }

    @QueryMapping
    CompletableFuture<ActivityPage> activity(
            @Argument String subject, @Argument String eventType, @Argument int offset, @Argument int limit) {
        return queries.query(
                new ListActivityQuery(subject, eventType, offset, limit), ResponseTypes.instanceOf(ActivityPage.class));
    }

    @QueryMapping
    List<ProjectionStatus> projections() {
        return projections.list();
    }

    @MutationMapping
    ProjectionStatus replayProjection(@Argument String name, Principal user) {
        return projections.replay(name, user.getName());
    }
}

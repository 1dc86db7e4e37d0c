// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web.activity;

import io.sellersync.api.admin.ProjectionAdmin;
import io.sellersync.api.admin.ProjectionAdmin.ProjectionStatus;
import io.sellersync.api.web.PageInputs;
import io.sellersync.messages.activity.ActivityPage;
import io.sellersync.messages.activity.ListActivityQuery;
import java.security.Principal;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Activity: the audit trail with filters, and the read models with their rebuild action and live progress. */
@Controller
class ActivityPages {

    private static final int PAGE_SIZE = 50;

    private final QueryGateway queries;
    private final ProjectionAdmin projections;

    ActivityPages(QueryGateway queries, ProjectionAdmin projections) {
        this.queries = queries;
        this.projections = projections;
    }

    @GetMapping("/activity")
    String activity(
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) String eventType,
            @RequestParam(defaultValue = "0") int offset,
            Model model) {
        int from = Math.max(0, offset);
        ActivityPage page = queries.query(
                        new ListActivityQuery(
                                PageInputs.blankToNull(subject), PageInputs.blankToNull(eventType), from, PAGE_SIZE),
                        ResponseTypes.instanceOf(ActivityPage.class))
                .join();
        model.addAttribute("page", page);
        model.addAttribute("subject", subject);
        model.addAttribute("eventType", eventType);
        addProjections(model, projections.list());
        return "activity";
    }

    @GetMapping("/activity/projections")
    String projections(Model model) {
        addProjections(model, projections.list());
        return "activity :: projections";
    }

    @PostMapping("/activity/projections/{name}/replay")
    String replay(@PathVariable String name, Principal user, Model model) {
        projections.replay(name, user.getName());
        model.addAttribute("replayed", name);
        addProjections(model, projections.list());
        return "activity :: projections";
    }

    private static void addProjections(Model model, List<ProjectionStatus> statuses) {
        model.addAttribute("projections", statuses);
        model.addAttribute("anyReplaying", statuses.stream().anyMatch(ProjectionStatus::replaying));
    }
}

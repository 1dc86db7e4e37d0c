// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web.inventory;

import io.sellersync.api.graphql.GraphQlErrors;
import io.sellersync.api.graphql.inventory.InventoryItemInput;
import io.sellersync.api.graphql.inventory.InventoryWrites;
import io.sellersync.api.web.PageInputs;
import io.sellersync.api.web.queue.QueueTargets;
import io.sellersync.messages.finances.SoldUnitsQuery;
import io.sellersync.messages.finances.SoldUnitsView;
import io.sellersync.messages.inventory.FindInventoryHistoryQuery;
import io.sellersync.messages.inventory.InventoryHistoryEntryView;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryItemView;
import io.sellersync.messages.inventory.InventoryPage;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.inventory.SearchInventoryQuery;
import io.sellersync.messages.shared.BusinessError;
import io.sellersync.messages.shared.ErrorCode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Inventory pages: the list (server-side search, filters, sort, paging, queue actions), the new and edit forms (a
 * refusal is shown next to its field with the typed values kept), and an item's detail with its history.
 */
@Controller
class InventoryPages {

    static final int PAGE_SIZE = 50;

    private final QueryGateway queries;
    private final InventoryWrites writes;

    private final QueueTargets targets;

    InventoryPages(QueryGateway queries, InventoryWrites writes, QueueTargets targets) {
        this.queries = queries;
        this.writes = writes;
        this.targets = targets;
    }

    @GetMapping("/inventory")
    String list(
            @RequestParam(required = false) String search,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String condition,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "false") boolean desc,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        InventoryListView list = new InventoryListView(
                PageInputs.blankToNull(search),
                FormValues.status(status),
                FormValues.condition(condition),
                InventoryListView.knownSort(sort),
                desc,
                Math.max(0, page));
        InventoryPage result = queries.query(
                        new SearchInventoryQuery(
                                list.search(),
                                list.status(),
                                list.condition(),
                                list.sort(),
                                list.desc(),
                                list.page(),
                                PAGE_SIZE),
                        ResponseTypes.instanceOf(InventoryPage.class))
                .join();
        model.addAttribute("list", list);
        model.addAttribute("result", result);
        model.addAttribute("targets", targets.choices());
        model.addAttribute("statuses", InventoryStatus.values());
        model.addAttribute("conditions", ItemCondition.values());
        return "inventory/list";
    }

    @GetMapping("/inventory/new")
    String newItem(Model model) {
        Map<String, String> form = new HashMap<>();
        form.put("quantity", "1");
        form.put("status", InventoryStatus.BACKLOG.name());
        form.put("currency", "GBP");
        return form(model, null, form, Map.of());
    }

    @PostMapping("/inventory")
    String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        InventoryItemInput input = FormValues.input(form, errors);
        if (errors.isEmpty()) {
            try {
                InventoryWrites.Created created = writes.create(input, "created by hand");
                redirect.addFlashAttribute("notice", "Item " + input.localSku() + " created");
                return "redirect:/inventory/" + created.itemId().value();
            } catch (RuntimeException e) {
                refusal(e, errors);
            }
        }
        return form(model, null, form, errors);
    }

    @GetMapping("/inventory/{id}")
    String detail(@PathVariable String id, Model model) {
        InventoryItemView item = item(id);
        List<InventoryHistoryEntryView> history = queries.query(
                        new FindInventoryHistoryQuery(item.itemId()),
                        ResponseTypes.multipleInstancesOf(InventoryHistoryEntryView.class))
                .join();
        model.addAttribute("item", item);
        model.addAttribute("history", history);
        model.addAttribute(
                "sales",
                queries.query(
                                SoldUnitsQuery.ofItem(item.itemId()),
                                ResponseTypes.multipleInstancesOf(SoldUnitsView.class))
                        .join());
        model.addAttribute("statuses", InventoryStatus.values());
        return "inventory/detail";
    }

    @GetMapping("/inventory/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        InventoryItemView item = item(id);
        return form(model, item, FormValues.of(item), Map.of());
    }

    @PostMapping("/inventory/{id}")
    String update(
            @PathVariable String id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        InventoryItemView item = item(id);
        Map<String, String> errors = new LinkedHashMap<>();
        InventoryItemInput input = FormValues.input(form, errors);
        if (errors.isEmpty()) {
            try {
                writes.update(item.itemId(), input);
                redirect.addFlashAttribute("notice", "Changes saved");
                return "redirect:/inventory/" + id;
            } catch (RuntimeException e) {
                refusal(e, errors);
            }
        }
        return form(model, item, form, errors);
    }

    @PostMapping("/inventory/{id}/status")
    String changeStatus(
            @PathVariable String id,
            @RequestParam String status,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        InventoryItemView item = item(id);
        try {
            InventoryStatus to = FormValues.status(status);
            writes.changeStatus(item.itemId(), to, PageInputs.blankToNull(reason));
            redirect.addFlashAttribute("notice", "Status changed to " + to);
        } catch (RuntimeException e) {
            PageInputs.flashRefusal(redirect, e);
        }
        return "redirect:/inventory/" + id;
    }

    private String form(Model model, InventoryItemView item, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("statuses", InventoryStatus.values());
        model.addAttribute("conditions", ItemCondition.values());
        return "inventory/form";
    }

    private InventoryItemView item(String id) {
        try {
            return writes.find(new InventoryItemId(id));
        } catch (RuntimeException e) {
            if (GraphQlErrors.businessError(e)
                    .filter(error -> error.code() == ErrorCode.NOT_FOUND)
                    .isPresent()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No inventory item " + id);
            }
            throw e;
        }
    }

    /** A refusal goes next to its field (or above the form when it names none); anything else is a real error. */
    private static void refusal(RuntimeException e, Map<String, String> errors) {
        BusinessError error = GraphQlErrors.businessError(e).orElseThrow(() -> e);
        errors.put(error.field() == null ? "form" : error.field(), error.message());
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web.finances;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sellersync.messages.finances.CategoryAmount;
import io.sellersync.messages.finances.FeeCategory;
import io.sellersync.messages.finances.MonthSummaryView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The Transactions page's charts as Chart.js configurations (JSON the page hands to Chart.js as is): the fees paid per
 * month by category, stacked, one chart per currency; and the net proceeds per month, one bar series per currency.
 * Amounts stay decimal strings until the browser draws them.
 */
@Component
class FinanceCharts {

    private static final String[] COLOURS = {
        "#1f6feb", "#cf222e", "#9a6700", "#1a7f37", "#8250df", "#bf3989", "#0a7ea4", "#57606a", "#e16f24", "#6e7781"
    };

    private final ObjectMapper json = new ObjectMapper();

    /** One stacked bar chart per currency of the fees paid (a cost shown positive) per category and month. */
    Map<String, String> feesByCategory(List<MonthSummaryView> months) {
        Map<String, String> charts = new LinkedHashMap<>();
        for (String currency : currencies(months)) {
            List<String> labels = labels(months);
            Map<FeeCategory, Map<String, BigDecimal>> series = new EnumMap<>(FeeCategory.class);
            for (MonthSummaryView m : months) {
                if (!m.currency().equals(currency)) {
                    continue;
                }
                for (CategoryAmount c : m.categories()) {
                    if (c.category().isFee()) {
                        series.computeIfAbsent(c.category(), k -> new LinkedHashMap<>())
                                .put(m.month(), c.amount().amount().negate());
                    }
                }
            }
            ObjectNode chart = base("bar", labels, "Fees paid (" + currency + ")", true);
            ArrayNode datasets = (ArrayNode) chart.at("/data/datasets");
            int colour = 0;
            for (Map.Entry<FeeCategory, Map<String, BigDecimal>> e : series.entrySet()) {
                ObjectNode set = datasets.addObject();
                set.put("label", e.getKey().label());
                set.put("backgroundColor", COLOURS[colour++ % COLOURS.length]);
                set.put("stack", currency);
                ArrayNode data = set.putArray("data");
                labels.forEach(month -> data.add(e.getValue().getOrDefault(month, BigDecimal.ZERO)));
            }
            charts.put(currency, write(chart));
        }
        return charts;
    }

    /** One bar series per currency of the net proceeds per month. */
    String netPerMonth(List<MonthSummaryView> months) {
        List<String> labels = labels(months);
        ObjectNode chart = base("bar", labels, "Net proceeds", false);
        ArrayNode datasets = (ArrayNode) chart.at("/data/datasets");
        int colour = 0;
        for (String currency : currencies(months)) {
            Map<String, BigDecimal> net = new LinkedHashMap<>();
            months.stream()
                    .filter(m -> m.currency().equals(currency))
                    .forEach(m -> net.put(m.month(), m.net().amount()));
            ObjectNode set = datasets.addObject();
            set.put("label", "Net proceeds " + currency);
            set.put("backgroundColor", COLOURS[colour++ % COLOURS.length]);
            ArrayNode data = set.putArray("data");
            labels.forEach(month -> data.add(net.getOrDefault(month, BigDecimal.ZERO)));
        }
        return write(chart);
    }

    private ObjectNode base(String type, List<String> labels, String title, boolean stacked) {
        ObjectNode chart = json.createObjectNode();
        chart.put("type", type);
        ObjectNode data = chart.putObject("data");
        ArrayNode l = data.putArray("labels");
        labels.forEach(l::add);
        data.putArray("datasets");
        ObjectNode options = chart.putObject("options");
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        options.put("animation", false);
        ObjectNode plugins = options.putObject("plugins");
        plugins.putObject("title").put("display", true).put("text", title);
        plugins.putObject("legend").put("position", "bottom");
        if (stacked) {
            ObjectNode scales = options.putObject("scales");
            scales.putObject("x").put("stacked", true);
            scales.putObject("y").put("stacked", true);
        }
        return chart;
    }

    private static List<String> labels(List<MonthSummaryView> months) {
        Set<String> labels = new TreeSet<>();
        months.forEach(m -> labels.add(m.month()));
        return new ArrayList<>(labels);
    }

    private static Set<String> currencies(List<MonthSummaryView> months) {
        Set<String> currencies = new LinkedHashSet<>();
        months.forEach(m -> currencies.add(m.currency()));
        return currencies;
    }

    private String write(ObjectNode chart) {
        try {
            return json.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web.inventory;

import io.sellersync.api.accounts.Inputs;
import io.sellersync.api.graphql.GraphQlErrors;
import io.sellersync.api.inventory.csv.CsvExporter;
import io.sellersync.api.inventory.csv.CsvField;
import io.sellersync.api.inventory.csv.CsvImportService;
import io.sellersync.api.inventory.csv.CsvOptions;
import io.sellersync.api.inventory.csv.CsvPreview;
import io.sellersync.api.inventory.csv.ImportUploads;
import io.sellersync.api.web.PageInputs;
import io.sellersync.messages.inventory.InventoryItemView;
import io.sellersync.messages.inventory.InventoryPage;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.inventory.SearchInventoryQuery;
import io.sellersync.messages.shared.BusinessError;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.Marketplace;
import io.sellersync.messages.shared.Marketplaces;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Inventory → Import CSV and Export CSV. Upload → preview (encoding, delimiter, the column mapping as selects, the
 * first rows, every error with its line and column) → "Import N items", shown only when no row has an error. The
 * upload stays on the server between the steps (keyed by the import id), so it is never sent twice.
 */
@Controller
class InventoryImportPages {

    private static final String COLUMN = "col_";
    private static final int EXPORT_PAGE = 200;

    private final ImportUploads uploads;
    private final CsvImportService imports;
    private final QueryGateway queries;
    private final Clock clock;

    InventoryImportPages(ImportUploads uploads, CsvImportService imports, QueryGateway queries, Clock clock) {
        this.uploads = uploads;
        this.imports = imports;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/inventory/import")
    String form(Model model) {
        model.addAttribute("currencies", currencies());
        return "inventory/import";
    }

    @PostMapping("/inventory/import")
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "currency", required = false) String currency,
            @RequestParam(name = "delimiter", required = false) String delimiter,
            RedirectAttributes redirect) {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute(
                    "error",
                    new BusinessError(
                            io.sellersync.messages.shared.ErrorCode.INVALID_INPUT,
                            "file",
                            "Choose a CSV file to upload"));
            return "redirect:/inventory/import";
        }
        ImportUploads.Upload upload;
        try (InputStream in = file.getInputStream()) {
            upload = uploads.store(in, file.getOriginalFilename(), CsvOptions.MAX_BYTES);
        } catch (BusinessException e) {
            redirect.addFlashAttribute("error", e.error());
            return "redirect:/inventory/import";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:" + previewUrl(upload.importId(), currency, delimiter, null);
    }

    @GetMapping("/inventory/import/{importId}")
    String preview(
            @PathVariable String importId,
            @RequestParam(name = "currency", required = false) String currency,
            @RequestParam(name = "delimiter", required = false) String delimiter,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        ImportUploads.Upload upload = uploads.find(importId).orElse(null);
        if (upload == null) {
            redirect.addFlashAttribute(
                    "error",
                    new BusinessError(
                            io.sellersync.messages.shared.ErrorCode.NOT_FOUND,
                            "importId",
                            "This upload is no longer on the server (imported already, or older than an hour); upload the file again"));
            return "redirect:/inventory/import";
        }
        CsvOptions options;
        try {
            options = options(currency, delimiter, params);
        } catch (BusinessException e) {
            redirect.addFlashAttribute("error", e.error());
            return "redirect:/inventory/import";
        }
        CsvPreview preview = imports.preview(importId, upload.source(), options);
        model.addAttribute("upload", upload);
        model.addAttribute("preview", preview);
        model.addAttribute("fields", CsvField.values());
        model.addAttribute("currencies", currencies());
        model.addAttribute(
                "currency",
                options.defaultCurrency() == null
                        ? ""
                        : options.defaultCurrency().getCurrencyCode());
        model.addAttribute("delimiter", delimiter == null ? "auto" : delimiter);
        model.addAttribute("maxErrors", CsvOptions.MAX_ERRORS);
        return "inventory/import-preview";
    }

    @PostMapping("/inventory/import/{importId}")
    String importAll(
            @PathVariable String importId,
            @RequestParam(name = "currency", required = false) String currency,
            @RequestParam(name = "delimiter", required = false) String delimiter,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        CsvOptions options = options(currency, delimiter, params);
        try {
            ImportUploads.Upload upload = uploads.get(importId);
            CsvImportService.ImportResult result =
                    imports.importAll(importId, upload.fileName(), upload.source(), options);
            if (!result.succeeded()) {
                redirect.addFlashAttribute(
                        "error",
                        new BusinessError(
                                io.sellersync.messages.shared.ErrorCode.INVALID_INPUT,
                                "file",
                                "Nothing was imported: the file has "
                                        + result.preview().errorCount() + " error(s)"));
                return "redirect:" + previewUrl(importId, currency, delimiter, options);
            }
            uploads.delete(importId);
            if (!result.preview().sample().isEmpty()) {
                imports.awaitVisible(
                        result.preview()
                                .sample()
                                .get(result.preview().sample().size() - 1)
                                .localSku(),
                        Duration.ofSeconds(10));
            }
            redirect.addFlashAttribute(
                    "notice", "Imported " + result.imported() + " item" + (result.imported() == 1 ? "" : "s"));
            return "redirect:/inventory";
        } catch (RuntimeException e) {
            BusinessError error = GraphQlErrors.businessError(e).orElseThrow(() -> e);
            redirect.addFlashAttribute("error", error);
            return uploads.find(importId).isPresent()
                    ? "redirect:" + previewUrl(importId, currency, delimiter, options)
                    : "redirect:/inventory/import";
        }
    }

    @GetMapping("/inventory/import/{importId}/progress")
    String progress(@PathVariable String importId, Model model) {
        model.addAttribute("progress", imports.progress(importId).orElse(null));
        return "inventory/import-preview :: progress";
    }

    @GetMapping("/inventory/export.csv")
    void export(
            @RequestParam(name = "search", required = false) String search,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "condition", required = false) String condition,
            @RequestParam(name = "sort", required = false) String sort,
            @RequestParam(name = "desc", required = false, defaultValue = "false") boolean descending,
            HttpServletResponse response)
            throws IOException {
        InventoryStatus statusFilter = status(status);
        ItemCondition conditionFilter = condition(condition);
        String text = PageInputs.blankToNull(search);
        String order = sort == null || sort.isBlank() ? "localSku" : sort;
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"inventory-" + LocalDate.now(clock) + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        CsvExporter.writeHeader(out);
        int page = 0;
        long written = 0;
        while (true) {
            InventoryPage items = queries.query(
                            new SearchInventoryQuery(
                                    text, statusFilter, conditionFilter, order, descending, page, EXPORT_PAGE),
                            ResponseTypes.instanceOf(InventoryPage.class))
                    .join();
            for (InventoryItemView item : items.items()) {
                CsvExporter.writeRow(out, item);
            }
            written += items.items().size();
            if (items.items().isEmpty() || written >= items.total()) {
                break;
            }
            page++;
        }
        out.flush();
    }

    private static InventoryStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return InventoryStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown status " + text);
        }
    }

    private static ItemCondition condition(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return ItemCondition.parse(text)
                .or(() -> Arrays.stream(ItemCondition.values())
                        .filter(c -> c.name().equalsIgnoreCase(text.strip()))
                        .findFirst())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown condition " + text));
    }

    /** The options the page's fields choose: default currency, delimiter, and a mapping when any col_ field is set. */
    static CsvOptions options(String currency, String delimiter, Map<String, String> params) {
        Currency defaultCurrency = Inputs.currency("currency", currency);
        CsvOptions options = CsvOptions.defaults(defaultCurrency);
        Character forced = switch (delimiter == null ? "auto" : delimiter) {
            case "comma" -> ',';
            case "semicolon" -> ';';
            case "tab" -> '\t';
            default -> null;
        };
        options = options.withDelimiter(forced);
        Map<CsvField, Integer> mapping = new EnumMap<>(CsvField.class);
        boolean explicit = false;
        for (CsvField field : CsvField.values()) {
            String value = params.get(COLUMN + field.name());
            if (value != null) {
                explicit = true;
                try {
                    int index = Integer.parseInt(value);
                    if (index >= 0) {
                        mapping.put(field, index);
                    }
                } catch (NumberFormatException e) {
                    // not mapped
                }
            }
        }
        return explicit ? options.withMapping(mapping) : options;
    }

    private static String previewUrl(String importId, String currency, String delimiter, CsvOptions options) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/inventory/import/{id}");
        if (currency != null && !currency.isBlank()) {
            url.queryParam("currency", currency);
        }
        if (delimiter != null && !delimiter.isBlank()) {
            url.queryParam("delimiter", delimiter);
        }
        if (options != null && options.mapping() != null) {
            for (CsvField field : CsvField.values()) {
                url.queryParam(COLUMN + field.name(), options.mapping().getOrDefault(field, -1));
            }
        }
        return url.buildAndExpand(importId).toUriString();
    }

    /** The marketplace currencies, the seller's most likely defaults first. */
    static Map<String, String> currencies() {
        Map<String, String> currencies = new LinkedHashMap<>();
        for (String code : List.of("GBP", "EUR", "USD")) {
            currencies.put(code, code);
        }
        for (Marketplace marketplace : Marketplaces.all()) {
            String code = marketplace.currency().getCurrencyCode();
            currencies.putIfAbsent(code, code);
        }
        return currencies;
    }
}

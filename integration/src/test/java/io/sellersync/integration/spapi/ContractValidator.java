// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import feign.Client;
import feign.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks every request the client sends, and every 2xx response it reads, against Amazon's official Swagger models in
 * {@code sellersync.spapi.dir}. Installed as the outermost Feign client in tests; violations are collected so each
 * test can assert there were none.
 */
public final class ContractValidator {

    private static final Map<String, String> MODELS = Map.of(
            "/feeds/2021-06-30/", "feeds-api-model/feeds_2021-06-30.json",
            "/listings/2021-08-01/", "listings-items-api-model/listingsItems_2021-08-01.json",
            "/catalog/2022-04-01/", "catalog-items-api-model/catalogItems_2022-04-01.json",
            "/definitions/2020-09-01/", "product-type-definitions-api-model/definitionsProductTypes_2020-09-01.json",
            "/orders/2026-01-01/", "orders-api-model/orders_2026-01-01.json",
            "/finances/2024-06-19/", "finances-api-model/finances_2024-06-19.json",
            "/reports/2021-06-30/", "reports-api-model/reports_2021-06-30.json");

    private final Path modelsDir;
    private final Map<String, OpenApiInteractionValidator> validators = new ConcurrentHashMap<>();
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private int checked;

    private ContractValidator(Path modelsDir) {
        this.modelsDir = modelsDir;
    }

    /** The models folder, or null when this checkout has none (a user's clone): contract tests then skip. */
    public static Path modelsDir() {
        String dir = System.getProperty("sellersync.spapi.dir", "../../shared/spapi");
        Path models = Path.of(dir, "models");
        return Files.isDirectory(models) ? models : null;
    }

    public static ContractValidator forModels(Path modelsDir) {
        return new ContractValidator(modelsDir);
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    public synchronized int checked() {
        return checked;
    }

    public Client wrap(Client delegate) {
        return (request, options) -> {
            URI url = URI.create(request.url());
            OpenApiInteractionValidator validator = validatorFor(url.getRawPath());
            Request modelRequest = toModelRequest(request, url);
            Response response = delegate.execute(request, options);
            if (validator == null) {
                return response;
            }
            byte[] body = response.body() == null
                    ? new byte[0]
                    : response.body().asInputStream().readAllBytes();
            ValidationReport report;
            if (response.status() / 100 == 2) {
                var modelResponse = SimpleResponse.Builder.status(response.status())
                        .withContentType("application/json")
                        .withBody(new String(body, StandardCharsets.UTF_8))
                        .build();
                report = validator.validate(modelRequest, modelResponse);
            } else {
                report = validator.validateRequest(modelRequest);
            }
            synchronized (this) {
                checked++;
            }
            report.getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .forEach(
                            m -> violations.add(request.httpMethod() + " " + url.getRawPath() + ": " + m.getMessage()));
            return response.toBuilder().body(body).build();
        };
    }

    private OpenApiInteractionValidator validatorFor(String path) {
        return MODELS.entrySet().stream()
                .filter(e -> path.startsWith(e.getKey()))
                .findFirst()
                .map(e -> validators.computeIfAbsent(e.getValue(), this::load))
                .orElse(null);
    }

    /**
     * The validator adds {@code additionalProperties: false} to every object schema that leaves it open. Finances'
     * {@code Context} is an {@code allOf} of seven object schemas, so with it no context can match all seven; for that
     * model additional properties are left unchecked (every declared property is still checked).
     */
    private OpenApiInteractionValidator load(String model) {
        LevelResolver.Builder levels =
                LevelResolver.create().withLevel("validation.request.security", ValidationReport.Level.IGNORE);
        if (model.contains("finances_2024-06-19")) {
            levels.withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE);
        }
        return OpenApiInteractionValidator.createForSpecificationUrl(
                        modelsDir.resolve(model).toUri().toString())
                .withLevelResolver(levels.build())
                .build();
    }

    private static Request toModelRequest(feign.Request request, URI url) throws IOException {
        SimpleRequest.Builder builder =
                new SimpleRequest.Builder(request.httpMethod().name(), url.getRawPath(), true);
        for (var query : queryParameters(url.getRawQuery()).entrySet()) {
            builder.withQueryParam(query.getKey(), query.getValue());
        }
        request.headers().forEach((name, values) -> builder.withHeader(name, new ArrayList<>(values)));
        if (request.body() != null) {
            builder.withBody(new String(request.body(), StandardCharsets.UTF_8));
            builder.withContentType("application/json");
        }
        return builder.build();
    }

    private static Map<String, List<String>> queryParameters(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return parameters;
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.RetryableException;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Maps a non-2xx response to a typed {@link SpApiException}. Throttling and server errors come back wrapped in a
 * {@link RetryableException} so the {@link SpApiRetryer} decides whether to try again; the rest fail at once.
 */
final class SpApiErrorDecoder implements ErrorDecoder {

    private static final int MAX_ERROR_BODY = 64 * 1024;

    private final ObjectMapper mapper;

    SpApiErrorDecoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        SpApiOperation operation = SpApiOperation.of(response.request().requestTemplate());
        int status = response.status();
        String requestId = header(response, "x-amzn-RequestId");
        List<SpApiError> errors = errors(response);
        SpApiException typed;
        if (status == 429) {
            typed = new SpApiException.Throttled(operation, errors, requestId);
        } else if (status == 401 || status == 403) {
            typed = new SpApiException.Unauthorized(operation, status, errors, requestId, null);
        } else if (status == 404) {
            typed = new SpApiException.NotFound(operation, errors, requestId);
        } else if (status >= 500) {
            typed = new SpApiException.ServerError(operation, status, errors, requestId);
        } else {
            typed = new SpApiException.InvalidInput(operation, status, errors, requestId);
        }
        if (typed.transientFailure()) {
            return new RetryableException(
                    status,
                    typed.getMessage(),
                    response.request().httpMethod(),
                    typed,
                    (Long) null,
                    response.request());
        }
        return typed;
    }

    static String header(Response response, String name) {
        for (var entry : response.headers().entrySet()) {
            if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name)) {
                Collection<String> values = entry.getValue();
                return values.isEmpty() ? null : values.iterator().next();
            }
        }
        return null;
    }

    private List<SpApiError> errors(Response response) {
        if (response.body() == null) {
            return List.of();
        }
        try (InputStream in = response.body().asInputStream()) {
            JsonNode body = mapper.readTree(in.readNBytes(MAX_ERROR_BODY));
            JsonNode list = body == null ? null : body.isArray() ? body : body.get("errors");
            List<SpApiError> errors = new ArrayList<>();
            if (list != null && list.isArray()) {
                for (JsonNode error : list) {
                    errors.add(new SpApiError(
                            error.path("code").asText(null),
                            error.path("message").asText(null),
                            error.path("details").asText(null)));
                }
            }
            return errors;
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
    }
}

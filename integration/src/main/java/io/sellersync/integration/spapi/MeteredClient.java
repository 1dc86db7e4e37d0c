// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The HTTP client of every SP-API call: records the call and the limiter wait, and feeds Amazon's
 * {@code x-amzn-RateLimit-Limit} back to the limiter. Internal headers set by the interceptor are removed here, so
 * they never leave the process.
 */
final class MeteredClient implements Client {

    private static final ExecutorService BODY_READERS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "spapi-body-reader");
        thread.setDaemon(true);
        return thread;
    });

    static final String WAITED_HEADER = "x-sellersync-limiter-wait";
    static final String PARTITION_HEADER = "x-sellersync-partition";

    private final Client delegate;
    private final SpApiMetrics metrics;
    private final SpApiRateLimiter limiter;

    MeteredClient(Client delegate, SpApiMetrics metrics, SpApiRateLimiter limiter) {
        this.delegate = delegate;
        this.metrics = metrics;
        this.limiter = limiter;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        SpApiOperation operation = SpApiOperation.of(request.requestTemplate());
        Map<String, Collection<String>> headers = new LinkedHashMap<>(request.headers());
        String waited = first(headers.remove(WAITED_HEADER));
        String partition = first(headers.remove(PARTITION_HEADER));
        if (waited != null) {
            metrics.waited(operation, Duration.ofNanos(Long.parseLong(waited)));
        }
        Request outgoing = Request.create(
                request.httpMethod(),
                request.url(),
                headers,
                request.body(),
                request.charset(),
                request.requestTemplate());
        long started = System.nanoTime();
        try {
            Response response = withWholeBody(delegate.execute(outgoing, options), options);
            metrics.call(operation, response.status(), Duration.ofNanos(System.nanoTime() - started));
            if (response.status() == 429 && partition != null) {
                limiter.throttled(partition, operation);
            }
            String limit = SpApiErrorDecoder.header(response, "x-amzn-RateLimit-Limit");
            if (limit != null && partition != null && response.status() < 300) {
                try {
                    limiter.reportedRate(partition, operation, Double.parseDouble(limit.strip()));
                } catch (NumberFormatException ignored) {
                    // Amazon does not specify the number format; an unreadable value keeps the usage plan.
                }
            }
            return response;
        } catch (IOException e) {
            metrics.call(operation, 0, Duration.ofNanos(System.nanoTime() - started));
            throw e;
        }
    }

    /**
     * Reads the body within the read timeout. The JDK client's timeout ends when the headers arrive, so a body that
     * stalls half-way would otherwise block the caller forever; here it becomes an {@link IOException}, which Feign
     * treats as a retryable connection failure.
     */
    private static Response withWholeBody(Response response, Request.Options options) throws IOException {
        if (response.body() == null) {
            return response;
        }
        InputStream in = response.body().asInputStream();
        Future<byte[]> read = BODY_READERS.submit(in::readAllBytes);
        try {
            return response.toBuilder()
                    .body(read.get(options.readTimeoutMillis(), TimeUnit.MILLISECONDS))
                    .build();
        } catch (TimeoutException e) {
            read.cancel(true);
            in.close();
            throw new IOException("response body not complete within " + options.readTimeoutMillis() + " ms");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            in.close();
            throw new IOException("interrupted while reading the response body", e);
        }
    }

    private static String first(Collection<String> values) {
        return values == null || values.isEmpty() ? null : values.iterator().next();
    }
}

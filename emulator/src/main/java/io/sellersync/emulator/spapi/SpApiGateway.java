// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.spapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellersync.emulator.auth.AccessToken;
import io.sellersync.emulator.auth.TokenStore;
import io.sellersync.emulator.clock.EmulatorClock;
import io.sellersync.emulator.clock.Timeline;
import io.sellersync.emulator.faults.Faults;
import io.sellersync.emulator.faults.RateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * What Amazon's API gateway does before and after an operation: request id, access-token check, usage-plan throttling,
 * injected faults, the rate-limit header (only on 2xx, 400 and 404, as documented) and the call log. Controllers only
 * see calls that passed, with the caller as a request attribute.
 */
@Component
public class SpApiGateway extends OncePerRequestFilter {

    public static final String REQUEST_ID = "x-amzn-RequestId";
    public static final String RATE_LIMIT = "x-amzn-RateLimit-Limit";
    public static final String ACCESS_TOKEN = "x-amz-access-token";

    private static final List<String> API_PREFIXES = List.of(
            "/listings/", "/feeds/", "/catalog/", "/definitions/", "/orders/", "/finances/", "/reports/", "/tokens/");

    private final TokenStore tokens;
    private final RateLimiter rateLimiter;
    private final Faults faults;
    private final Timeline timeline;
    private final EmulatorClock clock;
    private final CallLog callLog;
    private final ObjectMapper json;

    public SpApiGateway(
            TokenStore tokens,
            RateLimiter rateLimiter,
            Faults faults,
            Timeline timeline,
            EmulatorClock clock,
            CallLog callLog,
            ObjectMapper json) {
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.timeline = timeline;
        this.clock = clock;
        this.callLog = callLog;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return API_PREFIXES.stream().noneMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        timeline.runDue();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        String requestId = new UUID(random.nextLong(), random.nextLong()).toString();
        response.setHeader(REQUEST_ID, requestId);
        String path = request.getRequestURI();
        Optional<Operation> operation = Operation.resolve(request.getMethod(), path);
        String sellerId = null;
        int status = 0;
        try {
            Optional<AccessToken> token = tokens.find(request.getHeader(ACCESS_TOKEN));
            if (token.isEmpty()) {
                status = reject(
                        response,
                        SpApiException.unauthorized("The access token you provided is revoked, malformed or invalid."));
                return;
            }
            if (tokens.isExpired(token.get())) {
                status = reject(response, SpApiException.unauthorized("The access token you provided has expired."));
                return;
            }
            sellerId = token.get().sellerId();
            if (operation.isEmpty()) {
                status = reject(response, SpApiException.notFound("NotFound", "Resource not found."));
                return;
            }
            Operation op = operation.get();
            boolean preview = "VALIDATION_PREVIEW".equals(request.getParameter("mode"));
            if (!rateLimiter.tryAcquire(sellerId, token.get().clientId(), op)
                    || (preview
                            && !rateLimiter.tryAcquireValidationPreview(
                                    token.get().clientId()))) {
                status = reject(response, throttled());
                return;
            }
            Faults.Outcome outcome = faults.roll(op.operationId());
            long latency = faults.forOperation(op.operationId()).latencyMillis();
            if (latency > 0) {
                sleep(latency);
            }
            switch (outcome) {
                case THROTTLE -> {
                    status = reject(response, throttled());
                    return;
                }
                case INTERNAL_ERROR -> {
                    status = reject(
                            response,
                            new SpApiException(
                                    HttpStatus.INTERNAL_SERVER_ERROR,
                                    "InternalFailure",
                                    "We encountered an internal error. Please try again.",
                                    null));
                    return;
                }
                case UNAVAILABLE -> {
                    status = reject(
                            response,
                            new SpApiException(
                                    HttpStatus.SERVICE_UNAVAILABLE,
                                    "ServiceUnavailable",
                                    "Service temporarily unavailable. Please try again.",
                                    null));
                    return;
                }
                default -> {}
            }
            request.setAttribute(
                    SpApiCaller.ATTRIBUTE, new SpApiCaller(sellerId, token.get().clientId(), requestId, op));
            ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, wrapped);
            status = wrapped.getStatus();
            if ((status >= 200 && status < 300) || status == 400 || status == 404) {
                wrapped.setHeader(RATE_LIMIT, rateLimiter.limitHeader(op));
            }
            if (outcome == Faults.Outcome.TRUNCATE || outcome == Faults.Outcome.DROP) {
                byte[] body = wrapped.getContentAsByteArray();
                byte[] half = java.util.Arrays.copyOf(body, body.length / 2);
                wrapped.resetBuffer();
                if (outcome == Faults.Outcome.DROP) {
                    response.setHeader("Connection", "close");
                    response.setContentLength(Math.max(body.length, 1));
                }
                response.getOutputStream().write(half);
                response.flushBuffer();
                return;
            }
            wrapped.copyBodyToResponse();
        } finally {
            callLog.add(
                    clock.now(),
                    request.getMethod(),
                    path,
                    request.getQueryString(),
                    operation.map(Operation::operationId).orElse(null),
                    sellerId,
                    status,
                    requestId);
        }
    }

    private static SpApiException throttled() {
        return new SpApiException(
                HttpStatus.TOO_MANY_REQUESTS,
                "QuotaExceeded",
                "You exceeded your quota for the requested resource.",
                null);
    }

    private int reject(HttpServletResponse response, SpApiException error) throws IOException {
        response.setStatus(error.status().value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), error.body());
        return error.status().value();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import feign.Client;
import feign.ExceptionPropagationPolicy;
import feign.Feign;
import feign.Request;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import feign.RetryableException;
import feign.codec.Decoder;
import feign.http2client.Http2Client;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import java.io.IOException;
import java.lang.reflect.Type;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Builds the Feign clients for one account, decorated in one known order: the rate limiter waits for a token and the
 * LWA access token is added (both per attempt, in a request interceptor), the metered HTTP client sends, the error
 * decoder types the failure, and the retryer decides. Amounts decode to {@code BigDecimal} without loss.
 */
public class SpApiClients {

    private final SpApiProperties properties;
    private final LwaTokens lwa;
    private final SpApiRateLimiter limiter;
    private final Client http;
    private final ObjectMapper mapper;
    private final SpApiRetryer.Sleeper sleeper;

    public SpApiClients(
            SpApiProperties properties,
            LwaTokens lwa,
            SpApiRateLimiter limiter,
            SpApiMetrics metrics,
            UnaryOperator<Client> wrapper) {
        this(properties, lwa, limiter, metrics, wrapper, duration -> Thread.sleep(duration.toMillis()));
    }

    SpApiClients(
            SpApiProperties properties,
            LwaTokens lwa,
            SpApiRateLimiter limiter,
            SpApiMetrics metrics,
            UnaryOperator<Client> wrapper,
            SpApiRetryer.Sleeper sleeper) {
        this.properties = properties;
        this.lwa = lwa;
        this.limiter = limiter;
        this.mapper = mapper();
        this.http = wrapper.apply(new MeteredClient(new Http2Client(httpClient(properties)), metrics, limiter));
        this.sleeper = sleeper;
    }

    /** The JSON mapper for SP-API bodies: ISO dates, unknown fields ignored, nulls left out. */
    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    public static HttpClient httpClient(SpApiProperties properties) {
        return HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public <T> T client(Class<T> api, SpApiAccount account) {
        return Feign.builder()
                .client(http)
                .encoder(new JacksonEncoder(mapper))
                .decoder(new TypedDecoder(new JacksonDecoder(mapper)))
                .errorDecoder(new SpApiErrorDecoder(mapper))
                .retryer(new SpApiRetryer(
                        properties.maxAttempts(), properties.initialBackoff(), properties.maxBackoff(), sleeper))
                .exceptionPropagationPolicy(ExceptionPropagationPolicy.UNWRAP)
                .options(new Request.Options(
                        properties.connectTimeout().toMillis(),
                        TimeUnit.MILLISECONDS,
                        properties.readTimeout().toMillis(),
                        TimeUnit.MILLISECONDS,
                        false))
                .requestInterceptor(new AccountInterceptor(account))
                .target(api, account.baseUrl().toString());
    }

    /** Adds the access token and the required headers, after waiting for the rate limiter. Runs once per attempt. */
    private final class AccountInterceptor implements RequestInterceptor {

        private static final DateTimeFormatter AMZ_DATE =
                DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

        private final SpApiAccount account;

        AccountInterceptor(SpApiAccount account) {
            this.account = account;
        }

        @Override
        public void apply(RequestTemplate template) {
            SpApiOperation operation = SpApiOperation.of(template);
            try {
                Duration waited = limiter.acquire(account.rateLimitPartition(), operation);
                if (template.queries().getOrDefault("mode", java.util.List.of()).contains("VALIDATION_PREVIEW")) {
                    waited = waited.plus(limiter.acquireValidationPreview());
                }
                template.header(MeteredClient.WAITED_HEADER, Long.toString(waited.toNanos()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SpApiException.ConnectionFailed(operation, e);
            }
            template.header("x-amz-access-token", lwa.accessToken(account));
            template.header("user-agent", properties.userAgent());
            template.header("x-amz-date", AMZ_DATE.format(Clock.systemUTC().instant()));
            template.header(MeteredClient.PARTITION_HEADER, account.rateLimitPartition());
        }
    }

    /** A body that does not parse (e.g. truncated) is a transport failure: retryable for reads, typed for callers. */
    private static final class TypedDecoder implements Decoder {

        private final Decoder delegate;

        TypedDecoder(Decoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public Object decode(feign.Response response, Type type) throws IOException {
            try {
                return delegate.decode(response, type);
            } catch (IOException | RuntimeException e) {
                SpApiOperation operation = SpApiOperation.of(response.request().requestTemplate());
                var malformed = new SpApiException.MalformedResponse(
                        operation, response.status(), SpApiErrorDecoder.header(response, "x-amzn-RequestId"), e);
                throw new RetryableException(
                        response.status(),
                        malformed.getMessage(),
                        response.request().httpMethod(),
                        malformed,
                        (Long) null,
                        response.request());
            }
        }
    }
}

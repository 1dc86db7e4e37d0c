// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi;

import feign.RetryableException;
import feign.Retryer;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one retry policy: throttling, 5xx, timeouts and connection errors are retried a bounded number of times with
 * capped exponential backoff and 75–100 % jitter, re-sending the same request. {@code createFeed} is retried only
 * after a 429 (Amazon refused it, so nothing was created); after any ambiguous failure the caller must look the feed
 * up with {@code getFeeds} instead. When it gives up, the typed {@link SpApiException} is what the caller sees.
 */
final class SpApiRetryer implements Retryer {

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Sleeper sleeper;
    private int attempt = 1;

    /** Waits between attempts; replaced in tests. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    SpApiRetryer(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Sleeper sleeper) {
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.sleeper = sleeper;
    }

    @Override
    public void continueOrPropagate(RetryableException e) {
        SpApiException typed = typed(e);
        boolean ambiguousCreateFeed =
                typed.operation() == SpApiOperation.createFeed && !(typed instanceof SpApiException.Throttled);
        if (attempt >= maxAttempts || ambiguousCreateFeed) {
            throw propagate(e, typed);
        }
        try {
            sleeper.sleep(backoff(attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw propagate(e, typed);
        }
        attempt++;
    }

    Duration backoff(int attemptNumber) {
        long base = initialBackoff.toMillis() << Math.min(attemptNumber - 1, 20);
        long capped = Math.min(base, maxBackoff.toMillis());
        double jitter = 0.75 + ThreadLocalRandom.current().nextDouble() * 0.25;
        return Duration.ofMillis((long) (capped * jitter));
    }

    @Override
    public Retryer clone() {
        return new SpApiRetryer(maxAttempts, initialBackoff, maxBackoff, sleeper);
    }

    private static SpApiException typed(RetryableException e) {
        if (e.getCause() instanceof SpApiException typed) {
            return typed;
        }
        SpApiOperation operation =
                e.request() == null ? null : SpApiOperation.of(e.request().requestTemplate());
        return new SpApiException.ConnectionFailed(operation, e.getCause() == null ? e : e.getCause());
    }

    /** Rethrown with the typed exception as its cause, so Feign's UNWRAP policy hands the caller that exception. */
    private static RetryableException propagate(RetryableException e, SpApiException typed) {
        return new RetryableException(e.status(), typed.getMessage(), e.method(), typed, (Long) null, e.request());
    }
}

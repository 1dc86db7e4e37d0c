// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi.documents;

import io.sellersync.integration.spapi.SpApiAccount;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Moves feed and report documents to and from their presigned URLs. Only hosts on the allow-list are contacted, by
 * exact name (Amazon's document buckets over https, and the configured emulator): a suffix rule would admit any
 * bucket anyone can create on {@code amazonaws.com}, so a forged document reference could make sellersync fetch from
 * or post to a server of someone else's. Downloads are
 * streamed and never decompressed by the HTTP client; GZIP is undone here when Amazon says so.
 */
public class DocumentTransfer {

    private final HttpClient http;
    private final List<String> allowedHosts;
    private final Duration timeout;

    public DocumentTransfer(HttpClient http, List<String> allowedHosts, Duration timeout) {
        this.http = http;
        this.allowedHosts =
                allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        this.timeout = timeout;
    }

    /** Refused URL, expired upload URL or failed transfer. */
    public static class DocumentException extends RuntimeException {
        private final boolean urlExpired;

        DocumentException(String message, boolean urlExpired, Throwable cause) {
            super(message, cause);
            this.urlExpired = urlExpired;
        }

        /** The presigned URL has expired (5 minutes): create a new document and upload again. */
        public boolean urlExpired() {
            return urlExpired;
        }
    }

    /**
     * The transfer for one account: the configured hosts plus the host of the account's own SP-API endpoint, which
     * the administrator chose (demo mode's emulator serves its documents from there).
     */
    public DocumentTransfer forAccount(SpApiAccount account) {
        List<String> hosts = new ArrayList<>(allowedHosts);
        hosts.add(account.baseUrl().getHost());
        return new DocumentTransfer(http, hosts, timeout);
    }

    public void upload(URI url, byte[] content, String contentType) {
        requireAllowed(url);
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content))
                .build();
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new DocumentException(
                    "upload refused with HTTP " + response.statusCode(), expired(response.statusCode()), null);
        }
    }

    /** The document's bytes, gunzipped when {@code compressionAlgorithm} is {@code GZIP}; the caller closes it. */
    public InputStream download(URI url, String compressionAlgorithm) {
        requireAllowed(url);
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Accept-Encoding", "identity")
                .GET()
                .build();
        HttpResponse<InputStream> response = send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() / 100 != 2) {
            closeQuietly(response.body());
            throw new DocumentException(
                    "download refused with HTTP " + response.statusCode(), expired(response.statusCode()), null);
        }
        if (!"GZIP".equalsIgnoreCase(compressionAlgorithm)) {
            return response.body();
        }
        try {
            return new GZIPInputStream(response.body(), 64 * 1024);
        } catch (IOException e) {
            closeQuietly(response.body());
            throw new DocumentException("the document is not valid GZIP: " + e.getMessage(), false, e);
        }
    }

    public byte[] downloadBytes(URI url, String compressionAlgorithm) {
        try (InputStream in = download(url, compressionAlgorithm)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new DocumentException("the document download broke off: " + e.getMessage(), false, e);
        }
    }

    void requireAllowed(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        boolean allowed = allowedHosts.stream().anyMatch(a -> host.equals(a) || host.endsWith("." + a));
        boolean secure = "https".equalsIgnoreCase(url.getScheme());
        boolean explicitlyListed = allowedHosts.contains(host);
        if (!allowed || !(secure || explicitlyListed)) {
            throw new DocumentException(
                    "refused to contact " + url.getScheme() + "://" + host + ": not an allowed document host "
                            + allowedHosts,
                    false,
                    null);
        }
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new DocumentException("document transfer failed: " + e.getMessage(), false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DocumentException("document transfer interrupted", false, e);
        }
    }

    private static boolean expired(int status) {
        return status == 403 || status == 400;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing more to do with a refused download
        }
    }
}

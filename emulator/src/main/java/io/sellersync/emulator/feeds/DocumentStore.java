// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.feeds;

import io.sellersync.emulator.clock.EmulatorClock;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Feed documents and their presigned URLs. Like Amazon's S3 URLs they are signed and expire five minutes (emulated)
 * after they were handed out, so a client that holds on to a URL too long fails here as it would in production.
 */
@Component
public class DocumentStore {

    public static final Duration URL_LIFETIME = Duration.ofMinutes(5);

    private final EmulatorClock clock;
    private final Map<String, FeedDocument> documents = new ConcurrentHashMap<>();
    private final byte[] secret = new byte[32];

    public DocumentStore(EmulatorClock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(secret);
    }

    public FeedDocument create(String sellerId, String contentType, byte[] content, String compression) {
        FeedDocument document = new FeedDocument(
                "amzn1.tortuga.4." + UUID.randomUUID(), sellerId, contentType, clock.now(), content, compression);
        documents.put(document.feedDocumentId(), document);
        return document;
    }

    public Optional<FeedDocument> find(String id) {
        return Optional.ofNullable(id).map(documents::get);
    }

    public void store(FeedDocument document) {
        documents.put(document.feedDocumentId(), document);
    }

    /** A URL for this document that works until five minutes from now; {@code gzipEncoding} asks for HTTP gzip. */
    public String presign(String baseUrl, FeedDocument document, boolean gzipEncoding) {
        long expires = clock.now().plus(URL_LIFETIME).getEpochSecond();
        String encoding = gzipEncoding ? "gzip" : "identity";
        return baseUrl + "/_documents/" + document.feedDocumentId() + "?X-Amz-Expires=" + expires
                + "&X-Amz-Content-Encoding=" + encoding + "&X-Amz-Signature="
                + sign(document.feedDocumentId(), expires, encoding);
    }

    /** Null when the URL is genuine and unexpired, otherwise the S3-style error code. */
    public String check(String id, long expires, String encoding, String signature) {
        byte[] expected = sign(id, expires, encoding).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature == null ? new byte[0] : signature.getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return "SignatureDoesNotMatch";
        }
        if (!clock.now().isBefore(Instant.ofEpochSecond(expires))) {
            return "AccessDenied";
        }
        return null;
    }

    public void clear() {
        documents.clear();
    }

    private String sign(String id, long expires, String encoding) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of()
                    .formatHex(mac.doFinal((id + "|" + expires + "|" + encoding).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

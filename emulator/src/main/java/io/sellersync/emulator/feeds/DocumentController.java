// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.feeds;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The emulator's stand-in for the presigned S3 URLs of feed documents: {@code PUT} uploads a feed (its
 * {@code Content-Type} must match the one given to {@code createFeedDocument}), {@code GET} downloads a document.
 * Errors are S3's XML errors, not SP-API's, because that is what a client meets at this step.
 */
@RestController
class DocumentController {

    private final DocumentStore documents;

    DocumentController(DocumentStore documents) {
        this.documents = documents;
    }

    @PutMapping("/_documents/{id}")
    ResponseEntity<String> upload(
            HttpServletRequest request,
            @PathVariable String id,
            @RequestParam(name = "X-Amz-Expires", required = false) Long expires,
            @RequestParam(name = "X-Amz-Content-Encoding", required = false) String encoding,
            @RequestParam(name = "X-Amz-Signature", required = false) String signature,
            @RequestBody(required = false) byte[] body) {
        Optional<ResponseEntity<String>> denied = deny(id, expires, encoding, signature);
        if (denied.isPresent()) {
            return denied.get();
        }
        FeedDocument document = documents.find(id).orElseThrow();
        if (!normalise(request.getContentType()).equals(normalise(document.contentType()))) {
            return s3Error(
                    HttpStatus.FORBIDDEN,
                    "SignatureDoesNotMatch",
                    "The Content-Type of the upload does not match the contentType given to createFeedDocument.");
        }
        documents.store(document.withContent(body == null ? new byte[0] : body));
        return ResponseEntity.ok().build();
    }

    @GetMapping("/_documents/{id}")
    ResponseEntity<byte[]> download(
            @PathVariable String id,
            @RequestParam(name = "X-Amz-Expires", required = false) Long expires,
            @RequestParam(name = "X-Amz-Content-Encoding", required = false) String encoding,
            @RequestParam(name = "X-Amz-Signature", required = false) String signature) {
        Optional<ResponseEntity<String>> denied = deny(id, expires, encoding, signature);
        if (denied.isPresent()) {
            return ResponseEntity.status(denied.get().getStatusCode())
                    .contentType(MediaType.APPLICATION_XML)
                    .body(denied.get().getBody().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        FeedDocument document = documents.find(id).orElseThrow();
        if (document.content() == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(MediaType.APPLICATION_XML)
                    .body(xml("NoSuchKey", "The specified key does not exist.")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        ResponseEntity.BodyBuilder response =
                ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, document.contentType());
        if ("GZIP".equals(document.compression()) && "gzip".equals(encoding)) {
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return response.body(document.content());
    }

    private Optional<ResponseEntity<String>> deny(String id, Long expires, String encoding, String signature) {
        if (documents.find(id).isEmpty()) {
            return Optional.of(s3Error(HttpStatus.NOT_FOUND, "NoSuchKey", "The specified key does not exist."));
        }
        if (expires == null || signature == null) {
            return Optional.of(s3Error(HttpStatus.FORBIDDEN, "AccessDenied", "Query-string authentication required."));
        }
        String problem = documents.check(id, expires, encoding == null ? "identity" : encoding, signature);
        if (problem == null) {
            return Optional.empty();
        }
        return Optional.of(s3Error(
                HttpStatus.FORBIDDEN,
                problem,
                "AccessDenied".equals(problem) ? "Request has expired" : "The request signature does not match."));
    }

    private static ResponseEntity<String> s3Error(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_XML)
                .body(xml(code, message));
    }

    private static String xml(String code, String message) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message
                + "</Message></Error>";
    }

    private static String normalise(String contentType) {
        return contentType == null ? "" : contentType.replace(" ", "").toLowerCase(Locale.ROOT);
    }
}

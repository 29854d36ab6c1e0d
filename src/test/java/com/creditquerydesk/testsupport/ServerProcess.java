package com.creditquerydesk.testsupport;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A second, private server instance (own base directory, data directory and port offset) started from
 * the provisioned target/server, for tests that kill or restart a server.
 */
public final class ServerProcess implements AutoCloseable {

    private final Path baseDir;
    private final Path dataDir;
    private final int portOffset;
    private final Map<String, String> env;
    private Process process;
    private String extraJvmOptions = "";

    public ServerProcess(Path workDir, int portOffset, Map<String, String> env) {
        this.baseDir = workDir.resolve("standalone");
        this.dataDir = workDir.resolve("data");
        this.portOffset = portOffset;
        this.env = new java.util.HashMap<>(env);
        Path server = Path.of(System.getProperty("cqd.server.dir", "target/server"));
        try {
            Files.createDirectories(baseDir.resolve("deployments"));
            Files.createDirectories(baseDir.resolve("configuration"));
            for (String f : List.of("standalone.xml", "logging.properties", "application-users.properties", "application-roles.properties",
                    "mgmt-users.properties", "mgmt-groups.properties")) {
                Path src = server.resolve("standalone/configuration").resolve(f);
                if (Files.exists(src)) {
                    Files.copy(src, baseDir.resolve("configuration").resolve(f));
                }
            }
            Files.copy(Path.of("target/ROOT.war"), baseDir.resolve("deployments/ROOT.war"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A setting for the next start (e.g. the same data directory started as another node). */
    public ServerProcess withEnv(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** JVM options added to the server's own (e.g. a GC log a test reads). */
    public ServerProcess withJvmOptions(String options) {
        this.extraJvmOptions = " " + options;
        return this;
    }

    public Path baseDir() {
        return baseDir;
    }

    public String baseUrl() {
        return "http://localhost:" + (8080 + portOffset);
    }

    public ServerProcess start() {
        Path server = Path.of(System.getProperty("cqd.server.dir", "target/server"));
        ProcessBuilder pb = new ProcessBuilder(server.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir, "-Djboss.socket.binding.port-offset=" + portOffset)
                .redirectErrorStream(true).redirectOutput(baseDir.resolve("console.log").toFile());
        // The JVM options of `mvn wildfly:run` (the README's heap), with the class-data archive when there is one.
        String javaOpts = System.getProperty("cqd.server.java-opts", "-Xms64m -Xmx1g -Djava.net.preferIPv4Stack=true"
                + " -Djava.awt.headless=true");
        Path archive = server.resolve("classes.jsa");
        if (Files.exists(archive)) {
            javaOpts += " -XX:SharedArchiveFile=" + archive;
        }
        pb.environment().put("JAVA_OPTS", javaOpts + extraJvmOptions);
        pb.environment().putAll(env);
        pb.environment().put("CQD_DATA_DIR", dataDir.toString());
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitHealthy(Duration.ofSeconds(240));
        if (!env.containsKey("CQD_CLOCK_TODAY")) {
            // a server on this port before may have run its clock off (restartOn): this one's codes are of now
            Api.serverClockShift(baseUrl(), Duration.ZERO);
        }
        return this;
    }

    /** The server's JVM (the launcher script's java child). */
    public ProcessHandle jvm() {
        return process.toHandle().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("no java process under the launcher"));
    }

    /**
     * (Re)starts the server with its clock on that date in {@code zone} (CQD_CLOCK_TODAY) and tells the test clients
     * its authenticator time.
     */
    public ServerProcess restartOn(String date, ZoneId zone) {
        if (running()) {
            kill();
        }
        withEnv("CQD_CLOCK_TODAY", date).start();
        Api.serverClockShift(baseUrl(), Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(zone), LocalDate.parse(date))));
        return this;
    }

    /** Whether the server this started is still running. */
    public boolean running() {
        return process != null && process.isAlive();
    }

    /** kill -9 of the JVM and its launcher: no shutdown hook, no clean close of the database. */
    public void kill() {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited; see " + baseDir.resolve("console.log"));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        kill();
        throw new IllegalStateException("server did not become healthy in " + timeout + "; see " + baseDir.resolve("console.log"));
    }

    @Override
    public void close() {
        if (running()) {
            kill();
        }
    }
}

package org.w3id.clusterpolicy.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain Apache Jena Fuseki 6 ({@code org.apache.jena:jena-fuseki-server}, the stand-alone server,
 * which the build copies to {@value #JAR}) in its own process on a free loopback port, serving one
 * dataset at {@code /ds}.
 */
public final class PlainFuseki extends ExternalServer {
    public static final String JAR = "target/stores/jena-fuseki-server.jar";
    public static final String DATASET = "/ds";
    private static final Pattern PORT = Pattern.compile("Port:\\s+http=(\\d+)");
    private static final Duration START_LIMIT = Duration.ofMinutes(2);

    private int port;

    private PlainFuseki(Path folder, List<String> command) {
        super("plain Fuseki", folder, command);
    }

    /**
     * Starts {@code fuseki-server --localhost --port=0 OPTIONS... /ds} (e.g. {@code --file=data.ttl},
     * or {@code --mem --update}) and waits until it answers.
     */
    public static PlainFuseki start(String... options) {
        Path jar = Path.of(JAR).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the Maven build copies it there (mvn process-test-resources)");
        }
        Path folder = newFolder("fuseki-test-");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", jar.toString(), "--localhost", "--port=0"));
        command.addAll(List.of(options));
        command.add(DATASET);
        PlainFuseki server = new PlainFuseki(folder, command);
        server.port = server.awaitPort();
        server.awaitReady(server.sparqlEndpoint() + "?query=ASK%7B%7D", START_LIMIT);
        return server;
    }

    /** Fuseki picks the port itself (--port=0) and logs it. */
    private int awaitPort() {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = PORT.matcher(logText());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            sleep(Duration.ofMillis(200));
        }
        close();
        throw new IllegalStateException("plain Fuseki logged no port within " + START_LIMIT.toSeconds() + " s:\n" + tail());
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public String sparqlEndpoint() {
        return url(DATASET + "/sparql");
    }

    public String graphStoreEndpoint() {
        return url(DATASET + "/data");
    }

    /** A temporary file with {@code content}, for the server to read (a password file). */
    public static Path file(String name, String content) {
        try {
            Path f = Files.createTempFile("fuseki-", "-" + name);
            Files.writeString(f, content);
            f.toFile().deleteOnExit();
            return f;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

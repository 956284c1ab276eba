package org.w3id.clusterpolicy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command, for real: Maven runs the jar the build just packaged through
 * {@code exec:exec@serve}; SIGTERM to the server stops it cleanly, and Maven ends with exit 0 and
 * no {@code [ERROR]} block. (The lifecycle phase {@code validate} stands in for {@code package}: the
 * jar is there already, and the toolchain is chosen the same way.)
 */
class RunCommandIT {
    private static final Pattern ENDPOINT = Pattern.compile("SPARQL endpoint\\s+(http://localhost:\\d+)/sparql");

    @Test
    void sigtermStopsTheServerAndMavenReportsNoError(@TempDir Path dir) throws Exception {
        assertTrue(Files.isRegularFile(Path.of("target/cluster-policy-kg.jar")), "runs after package");
        Path log = dir.resolve("mvn.log");
        ProcessBuilder pb = new ProcessBuilder("mvn", "-B", "-q", "validate", "exec:exec@serve")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("PORT", "0");
        Process mvn = pb.start();
        try {
            long deadline = System.currentTimeMillis() + 300_000;
            String url = null;
            while (url == null && System.currentTimeMillis() < deadline && mvn.isAlive()) {
                Matcher m = ENDPOINT.matcher(Files.readString(log, StandardCharsets.UTF_8));
                url = m.find() ? m.group(1) : null;
                Thread.sleep(200);
            }
            assertTrue(url != null, "the server printed its URLs: " + Files.readString(log));
            Optional<ProcessHandle> server = mvn.toHandle().descendants()
                    .filter(p -> p.info().commandLine().orElse("").contains("cluster-policy-kg.jar")).findFirst();
            assertTrue(server.isPresent(), "Maven started the server as a child process");
            server.get().destroy(); // SIGTERM, as a service manager or Ctrl-C's signal would
            assertTrue(mvn.waitFor(60, TimeUnit.SECONDS), "Maven ended after the server stopped");
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertEquals(0, mvn.exitValue(), output);
            assertFalse(output.contains("[ERROR]"), output);
            assertTrue(output.contains("Stopped."), output);
        } finally {
            mvn.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            mvn.destroyForcibly();
        }
    }

    @Test
    void theJarRefusesABusyPortInOneLine() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
            String java = ProcessHandle.current().info().command().orElse("java");
            Process p = new ProcessBuilder(List.of(java, "-jar", "target/cluster-policy-kg.jar", "serve", "--port",
                    Integer.toString(taken.getLocalPort()), "--data", "data/cluster-policy.trig")).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(2, p.exitValue(), out);
            assertEquals(1, out.strip().lines().filter(l -> !l.isBlank()).count(), out);
        }
    }
}

package org.w3id.clusterpolicy.store;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenLink Virtuoso 7 (Debian's {@code virtuoso-opensource}) as the tests run it: a copy of the
 * packaged {@code virtuoso.ini} with a throw-away database folder and free loopback ports, its
 * SPARQL endpoint at {@code /sparql} and its Graph Store endpoint at {@code /sparql-graph-crud-auth}
 * (HTTP Digest, user {@code dba}, password {@code dba} in a new database).
 */
public final class VirtuosoServer extends ExternalServer {
    public static final String BINARY = "virtuoso-t";
    public static final Path PACKAGED_INI = Path.of("/etc/virtuoso-opensource-7/virtuoso.ini");
    public static final String USER = "dba";
    public static final String PASSWORD = "dba";
    /** A new database creates itself and installs its admin pages first: slow on a busy 2-core machine. */
    private static final Duration START_LIMIT = Duration.ofMinutes(3);

    private final int httpPort;

    private VirtuosoServer(Path folder, List<String> command, int httpPort) {
        super("Virtuoso", folder, command);
        this.httpPort = httpPort;
    }

    /** The {@code virtuoso-t} found on the PATH, if any. */
    public static Optional<Path> binary() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, BINARY);
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static VirtuosoServer start(Path binary) {
        if (!Files.isRegularFile(PACKAGED_INI)) {
            throw new IllegalStateException(binary + " is installed but " + PACKAGED_INI + " is missing (reinstall virtuoso-opensource)");
        }
        Path folder = newFolder("virtuoso-test-");
        int sqlPort = freePort();
        int httpPort = freePort();
        try {
            String ini = configure(Files.readString(PACKAGED_INI, StandardCharsets.UTF_8), folder, sqlPort, httpPort);
            Files.writeString(folder.resolve("virtuoso.ini"), ini, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        VirtuosoServer server = new VirtuosoServer(folder,
                List.of(binary.toString(), "+configfile", folder.resolve("virtuoso.ini").toString(), "+foreground"), httpPort);
        server.awaitReady(server.url("/sparql?query=ASK%7B%7D"), START_LIMIT);
        return server;
    }

    /**
     * The packaged configuration with the database files in {@code folder} and both servers on
     * loopback ports. Section by section, so that the two {@code ServerPort} keys stay apart.
     */
    static String configure(String packaged, Path folder, int sqlPort, int httpPort) {
        List<String> out = new ArrayList<>();
        String section = "";
        Pattern key = Pattern.compile("^(\\s*)([A-Za-z_]+)(\\s*=\\s*)(.*)$");
        for (String line : packaged.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
                section = trimmed.substring(1, trimmed.length() - 1);
            }
            Matcher m = key.matcher(line);
            if (m.matches()) {
                String k = m.group(2);
                String value = m.group(4);
                if (value.contains("/var/lib/virtuoso-opensource-7/db/")) {
                    // the database, its log, lock and transaction files
                    value = value.replace("/var/lib/virtuoso-opensource-7/db/", folder.toString() + "/");
                } else if (k.equals("ServerPort") && section.equals("Parameters")) {
                    value = "127.0.0.1:" + sqlPort;
                } else if (k.equals("ServerPort") && section.equals("HTTPServer")) {
                    value = "127.0.0.1:" + httpPort;
                } else if (k.equals("DefaultHost") && section.equals("URIQA")) {
                    value = "127.0.0.1:" + httpPort;
                }
                line = m.group(1) + k + m.group(3) + value;
            }
            out.add(line);
        }
        return String.join("\n", out);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + httpPort + path;
    }

    public String sparqlEndpoint() {
        return url("/sparql");
    }

    public String graphStoreEndpoint() {
        return url("/sparql-graph-crud-auth");
    }
}

package org.w3id.clusterpolicy.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's table "What the endpoint refuses", run row by row against a real server: each
 * request is sent byte for byte as the table writes it and must get the status the table gives,
 * and nothing a refused request asked for may happen (the data is unchanged, no header is injected).
 * The table is read from the README itself, so the two cannot drift apart.
 */
class RefusalTableTest {
    private static final Pattern ROW = Pattern.compile("^\\| ([^|]+) \\| `([A-Z]+) ([^`]+)`((?: `[^`]+`)*) \\| (\\d{3}) \\|$");
    private static final Pattern HEADER = Pattern.compile("`([A-Za-z-]+): ([^`]*)`");

    /** One row: what is refused, the request, and the status it gets. */
    record Row(String what, String method, String target, Map<String, String> headers, String body, int status) {
        @Override
        public String toString() {
            return status + " " + method + " " + target + " (" + what + ")";
        }
    }

    static List<Row> rows() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("## What the endpoint refuses");
        assertTrue(start >= 0, "README has the section");
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(start, lines.size())) {
            if (line.startsWith("## ") && !line.equals(lines.get(start))) {
                break;
            }
            Matcher m = ROW.matcher(line);
            if (!m.matches()) {
                continue;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            String body = null;
            Matcher h = Pattern.compile("`([^`]+)`").matcher(m.group(4));
            while (h.find()) {
                Matcher header = HEADER.matcher("`" + h.group(1) + "`");
                if (header.matches()) {
                    headers.put(header.group(1), header.group(2));
                } else {
                    body = h.group(1);
                }
            }
            rows.add(new Row(m.group(1).strip(), m.group(2), m.group(3), headers, body, Integer.parseInt(m.group(5))));
        }
        return rows;
    }

    static Stream<Row> table() throws IOException {
        return rows().stream();
    }

    @Test
    void theTableCoversEveryKindOfAbuseTheIssueNames() throws IOException {
        String all = String.join("\n", rows().stream().map(r -> r.method() + " " + r.target() + " " + r.headers() + " " + r.body()).toList());
        for (String kind : new String[] {"application/sparql-update", "update=", "PUT /sparql", "/$/", "SERVICE", "LOAD", "TRACE", "DELETE", "PATCH",
            "/download/..", "/download/%2e%2e", "/download/%252e%252e", "/id/..", "/id/%2e%2e", "/id/%252e", "Accept=;;;", "%0d%0a", "%7D", "{big}"}) {
            assertTrue(all.contains(kind), "the table has a row for " + kind);
        }
        assertTrue(rows().size() >= 30, "rows: " + rows().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachRefusedRequestGetsItsStatus(Row row) {
        KnowledgeGraphServer s = TestServer.shared();
        long before = s.data().store().size();
        String target = row.target().replace("{big}", "x".repeat(110_000));
        String body = row.body() == null ? null : row.body().replace("{big}", "x".repeat(110_000));
        RawHttp r = RawHttp.send(s.port(), row.method(), target, row.headers(), body);
        assertEquals(row.status(), r.status(), row + ": " + r.body());
        assertTrue(r.status() < 500, "never a server error");
        assertEquals(before, s.data().store().size(), "the data is unchanged");
        assertNull(r.header("X-Injected"), "no header injected");
        assertFalse(r.body().contains("<script>"), "nothing of the request echoed as markup");
        assertFalse(r.body().contains("X-Test-Echo"), "no request header echoed (TRACE)");
    }
}

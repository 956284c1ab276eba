package org.w3id.clusterpolicy.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.clusterpolicy.query.CannedQueryCases.Case;
import org.w3id.clusterpolicy.store.PlainFuseki;

/** Every recorded canned-query case gives its recorded rows on plain Fuseki 6 loaded with the dump. */
@Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES)
class PlainFusekiQueriesTest {
    private static PlainFuseki fuseki;

    @BeforeAll
    static void start() {
        fuseki = PlainFuseki.start("--file=" + Path.of("data", "cluster-policy.ttl").toAbsolutePath());
    }

    @AfterAll
    static void stop() {
        if (fuseki != null) {
            fuseki.close();
        }
    }

    static List<Case> cases() {
        return CannedQueryCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesItsRecordedRows(Case c) {
        assertEquals(c.expectedCsv(), new RemoteCannedQueries(fuseki.sparqlEndpoint(), null).csv(c), c.id());
    }
}

package org.w3id.clusterpolicy.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.clusterpolicy.query.CannedQueryCases;
import org.w3id.clusterpolicy.query.CannedQueryCases.Case;
import org.w3id.clusterpolicy.query.RemoteCannedQueries;

/**
 * Every recorded canned-query case, sent as SPARQL text to our own endpoint (as to plain Fuseki and
 * Virtuoso in their tests), gives its recorded rows.
 */
class EndpointQueriesTest {

    static List<Case> cases() {
        return CannedQueryCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesItsRecordedRows(Case c) {
        assertEquals(c.expectedCsv(), new RemoteCannedQueries(TestServer.shared().url() + "/sparql", null).csv(c), c.id());
    }
}

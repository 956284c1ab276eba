package org.w3id.clusterpolicy.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Development aid: rewrites {@code src/test/resources/query-cases/*.csv} from the committed dump, so
 * that a converter change shows as a git diff of query rows to review (and to note in the issue
 * when it is a correction).
 */
public final class QueryCasesDump {
    public static void main(String[] args) throws IOException {
        CannedQueriesTest.load();
        for (CannedQueryCases.Case c : CannedQueriesTest.cases()) {
            Files.writeString(Path.of("src/test/resources/query-cases", c.id() + ".csv"),
                    CannedQueriesTest.csv(c.query(), c.params()), StandardCharsets.UTF_8);
        }
    }
}

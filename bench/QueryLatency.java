import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.w3id.clusterpolicy.lang.CountryTable;
import org.w3id.clusterpolicy.query.CannedQuery;
import org.w3id.clusterpolicy.query.Parameter;
import org.w3id.clusterpolicy.query.QueryCatalog;
import org.w3id.clusterpolicy.query.QueryRunner;
import org.w3id.clusterpolicy.rdf.OntologyConcepts;

/**
 * For benchmarks only: the latency of every canned query on a SPARQL endpoint, as a client sees
 * it (the request sent, every row read). Each query has its required parameters bound to their
 * examples (the others keep their defaults, so most queries cover the whole graph), runs once to
 * warm up and RUNS more times; prints one tab-separated line per query: its name (with the bound
 * values), the median milliseconds and the rows, or {@code error} and the first line of the error.
 * Every run carries a comment of its own, so an endpoint that keeps answers (ours does) computes
 * each one.
 * <p>
 * {@code java -cp target/cluster-policy-kg.jar bench/QueryLatency.java ENDPOINT [GRAPH|-] [RUNS]}
 */
public final class QueryLatency {
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: QueryLatency ENDPOINT [GRAPH|-] [RUNS]");
            System.exit(2);
        }
        String endpoint = args[0];
        String graph = args.length > 1 && !args[1].equals("-") ? args[1] : null;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        QueryRunner runner = new QueryRunner(CountryTable.load(), new OntologyConcepts().notations("PolicyStatusScheme"));
        for (CannedQuery q : QueryCatalog.load().all()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Parameter p : q.parameters()) {
                if (p.required()) {
                    values.put(p.name(), p.example());
                }
            }
            String text = runner.bound(q, values).serialize();
            List<Long> millis = new ArrayList<>();
            long rows = -1;
            String error = null;
            for (int run = 0; run <= runs && error == null; run++) {
                QueryExecHTTPBuilder b = QueryExecHTTP.service(endpoint).sendMode(QuerySendMode.asPostForm)
                        .queryString(text + "\n# run " + run + " " + System.nanoTime()).timeout(10, TimeUnit.MINUTES);
                if (graph != null) {
                    b.addDefaultGraphURI(graph);
                }
                long t0 = System.nanoTime();
                try (QueryExec exec = b.build()) {
                    long n = 0;
                    for (var rs = exec.select(); rs.hasNext(); rs.next()) {
                        n++;
                    }
                    rows = n;
                } catch (RuntimeException e) {
                    error = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                }
                if (run > 0 && error == null) {
                    millis.add((System.nanoTime() - t0) / 1_000_000);
                }
            }
            String label = q.name() + (values.isEmpty() ? "" : values.values().toString().replace(" ", ""));
            if (error != null) {
                System.out.printf("%s\terror\t%s%n", label, error.length() > 120 ? error.substring(0, 120) : error);
            } else {
                Collections.sort(millis);
                System.out.printf("%s\t%d\t%d%n", label, millis.get(millis.size() / 2), rows);
            }
        }
    }
}

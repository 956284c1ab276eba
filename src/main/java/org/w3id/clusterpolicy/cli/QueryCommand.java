package org.w3id.clusterpolicy.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.exec.RowSetRewindable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.w3id.clusterpolicy.lang.CountryTable;
import org.w3id.clusterpolicy.query.CannedQuery;
import org.w3id.clusterpolicy.query.QueryCatalog;
import org.w3id.clusterpolicy.query.QueryRunner;
import org.w3id.clusterpolicy.query.ResultFormat;
import org.w3id.clusterpolicy.rdf.OntologyConcepts;
import org.w3id.clusterpolicy.source.BadInputException;
import org.w3id.clusterpolicy.store.GraphFiles;

/** {@code query}: runs a canned query against a dump. */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Runs a canned query of queries/ against a dump and prints the results.")
final class QueryCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "The query: ${COMPLETION-CANDIDATES}.", completionCandidates = QueryNames.class)
    String name;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A parameter of the query; repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "csv, tsv, json or xml (the W3C SPARQL 1.1 result formats), or table. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--data", paramLabel = "FILE", defaultValue = "data/cluster-policy.ttl",
            description = "The dump to query. Default: ${DEFAULT-VALUE}.")
    Path data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        QueryCatalog catalog = QueryCatalog.load();
        CannedQuery q = catalog.get(name).orElseThrow(() ->
                new BadInputException("unknown query '" + name + "' (known: " + String.join(", ", catalog.names()) + ")"));
        ResultFormat f = ResultFormat.byId(format);
        if (f == null) {
            throw new BadInputException("--format: unknown format '" + format + "' (csv, tsv, json, xml or table)");
        }
        QueryRunner runner = new QueryRunner(CountryTable.load(), new OntologyConcepts().notations("PolicyStatusScheme"));
        runner.bind(q, params); // parameter errors before the dump is read
        RowSetRewindable rows = runner.run(q, params, GraphFiles.load(data));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        f.write(rows, bytes);
        PrintWriter out = spec.commandLine().getOut();
        out.print(bytes.toString(StandardCharsets.UTF_8));
        out.flush();
        return 0;
    }

    /** The names of the canned queries, for the help text. */
    static final class QueryNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return QueryCatalog.load().names().iterator();
        }
    }
}

package org.w3id.clusterpolicy.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.w3id.clusterpolicy.source.BadInputException;
import org.w3id.clusterpolicy.store.GraphFiles;
import org.w3id.clusterpolicy.store.GraphStorePublisher;
import org.w3id.clusterpolicy.store.GraphUpload;
import org.w3id.clusterpolicy.store.PublishTarget;

/** {@code publish}: pushes the graph into a store through the SPARQL 1.1 Graph Store HTTP Protocol. */
@Command(name = "publish", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Pushes the graph into a store that speaks the SPARQL 1.1 Graph Store HTTP Protocol (Fuseki, Virtuoso, GraphDB ...):"
                + " each named graph of the dump, or their union into one graph with --graph. Each graph is replaced (HTTP PUT), so"
                + " publishing twice gives the same store. One line per graph; exit 2 when any graph failed."})
final class PublishCommand implements Callable<Integer> {

    @Option(names = "--to", required = true, paramLabel = "URL",
            description = "The Graph Store endpoint, e.g. http://localhost:3030/ds/data (Fuseki) or http://localhost:8890/sparql-graph-crud-auth (Virtuoso).")
    URI to;

    @Option(names = "--graph", paramLabel = "IRI", description = "Put the union of all graphs into this one graph instead of one graph per source.")
    String graph;

    @Option(names = "--auth", paramLabel = "USER:PASSWORD", description = "Credentials for the store; sent with HTTP Basic or Digest, as the store asks.")
    String auth;

    @Option(names = "--data", paramLabel = "FILE", defaultValue = "data/cluster-policy.trig",
            description = "The dump to publish. Default: ${DEFAULT-VALUE}.")
    Path data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PublishTarget target = new PublishTarget(to, graph, auth == null ? null : PublishTarget.Credentials.parse(auth));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<GraphUpload> uploads = new GraphStorePublisher().publish(GraphFiles.read(data), target, upload -> {
            if (upload.succeeded()) {
                out.printf(Locale.ROOT, "%s: %d triples replaced in %.1f s%n", upload.graph(), upload.triples(), upload.took().toMillis() / 1000.0);
                out.flush();
            } else {
                err.println(upload.graph() + ": " + upload.failure());
                err.flush();
            }
        });
        long failed = uploads.stream().filter(u -> !u.succeeded()).count();
        if (failed > 0) {
            throw new BadInputException(failed + " of " + uploads.size() + " graphs were not published to " + to);
        }
        long triples = uploads.stream().mapToLong(GraphUpload::triples).sum();
        out.println("published " + uploads.size() + (uploads.size() == 1 ? " graph" : " graphs") + " (" + triples + " triples) to " + to);
        return 0;
    }
}

package org.w3id.clusterpolicy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.w3id.clusterpolicy.store.GraphFiles;
import org.w3id.clusterpolicy.validate.ShapeValidator;

/** {@code validate}: checks a dump against the SHACL shapes; exit 1 when it does not conform. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks a graph against ontology/shapes.ttl (SHACL), prints the report, exits 1 when it does not conform.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..1", defaultValue = "data/cluster-policy.ttl",
            description = "The graph to check. Default: ${DEFAULT-VALUE}.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ValidationReport report = new ShapeValidator().validate(GraphFiles.load(file).getDefaultGraph());
        PrintWriter out = spec.commandLine().getOut();
        if (report.conforms()) {
            out.println(file + ": conforms to ontology/shapes.ttl");
            return 0;
        }
        out.println(file + ": does not conform to ontology/shapes.ttl (" + report.getEntries().size() + " violations)");
        for (ReportEntry e : report.getEntries()) {
            out.printf("  %s %s %s: %s%n", e.severity().level().getLocalName(), e.focusNode(), e.resultPath() == null ? "" : e.resultPath(), e.message());
        }
        return Main.EXIT_NOT_CONFORMING;
    }
}

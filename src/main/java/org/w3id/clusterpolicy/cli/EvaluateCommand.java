package org.w3id.clusterpolicy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.w3id.clusterpolicy.convert.Converter;
import org.w3id.clusterpolicy.evaluate.Evaluation;
import org.w3id.clusterpolicy.evaluate.EvaluationTable;
import org.w3id.clusterpolicy.evaluate.Evaluator;
import org.w3id.clusterpolicy.lang.LanguageRegistry;
import org.w3id.clusterpolicy.rdf.OntologyConcepts;

/** {@code evaluate}: converts in memory and scores the graph against a gold annotation. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Converts sources in memory and scores the graph against a gold annotation (data/eval/README.md): "
                + "per kind of fact, precision, recall and F1, strict and lenient, with every miss and unexpected fact.")
final class EvaluateCommand implements Callable<Integer> {

    enum Format { table, json }

    @Parameters(index = "0", paramLabel = "GOLD.yaml", description = "A gold file or a set file (data/eval/committed.yaml, data/eval/heldout.yaml).")
    Path gold;

    @Parameters(index = "1..*", paramLabel = "SOURCE", arity = "0..*", description = "Source texts to convert. Default: the sources the gold names.")
    List<Path> sources;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (for people) or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LanguageRegistry languages = LanguageRegistry.load();
        OntologyConcepts concepts = new OntologyConcepts();
        Evaluation e = new Evaluator(new Converter(languages, concepts, Version.get()), languages, concepts).evaluate(gold, sources);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(Converter.reportMapper().writeValueAsString(e));
        } else {
            EvaluationTable.write(e, out);
        }
        out.flush();
        return 0;
    }
}

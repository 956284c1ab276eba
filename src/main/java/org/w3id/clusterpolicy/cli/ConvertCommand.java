package org.w3id.clusterpolicy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.w3id.clusterpolicy.convert.ConversionOptions;
import org.w3id.clusterpolicy.convert.ConversionResult;
import org.w3id.clusterpolicy.convert.Converter;
import org.w3id.clusterpolicy.evaluate.FactKind;
import org.w3id.clusterpolicy.evaluate.GraphFacts;
import org.w3id.clusterpolicy.lang.LanguageRegistry;
import org.w3id.clusterpolicy.rdf.OntologyConcepts;
import org.w3id.clusterpolicy.rdf.Vocab;
import org.w3id.clusterpolicy.report.ConversionReport;

/** {@code convert}: source texts to the dumps and the conversion report. */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Converts cluster-policy texts into RDF: cluster-policy.{ttl,nt,trig,jsonld,rdf} and conversion-report.json.")
final class ConvertCommand implements Callable<Integer> {

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "auto",
            description = "Language of the sources: a code of the converter's languages (lang/languages.yaml) or auto "
                    + "(declared in NAME.meta.json, else detected). Default: ${DEFAULT-VALUE}.")
    String lang;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "data", description = "Output folder. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Vocab.DEFAULT_BASE,
            description = "Base of the minted resource IRIs. Default: ${DEFAULT-VALUE}.")
    String base;

    @Parameters(paramLabel = "SOURCE", arity = "0..*", description = "Source texts. Default: data/source/*.txt.")
    List<Path> sources;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LanguageRegistry languages = LanguageRegistry.load();
        List<Path> files = sources == null || sources.isEmpty() ? ConversionOptions.defaultSources(ConversionOptions.DEFAULT_SOURCE_FOLDER) : sources;
        String language = "auto".equals(lang) ? null : lang;
        ConversionResult r = new Converter(languages, new OntologyConcepts(), Version.get())
                .convert(new ConversionOptions(files, language, out, base));
        printSummary(spec.commandLine().getOut(), r);
        return 0;
    }

    static void printSummary(PrintWriter w, ConversionResult r) {
        ConversionReport rep = r.report();
        Map<String, Long> byLang = rep.sources().stream().collect(Collectors.groupingBy(ConversionReport.Source::language, TreeMap::new, Collectors.counting()));
        w.printf("Converted %d source(s) (%s) into %d country profiles and %,d triples.%n", rep.totals().sources(),
                byLang.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")),
                rep.totals().countries(), rep.totals().triples());
        if (!r.written().isEmpty()) {
            w.println("Wrote " + r.written().stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
        for (ConversionReport.Source s : rep.sources()) {
            for (ConversionReport.Stretch st : s.attributedByOtherRules()) {
                w.printf("  %s: %s attributed to %s by %s (%s)%n", s.id(), quote(st.text()), st.country(), st.rule(), st.reason());
            }
        }
        Map<String, Long> statuses = rep.countries().stream().filter(c -> c.status() != null)
                .collect(Collectors.groupingBy(ConversionReport.CountrySummary::status, TreeMap::new, Collectors.counting()));
        w.println("Policy status: " + statuses.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))
                + "; none stated for " + rep.countries().stream().filter(c -> c.status() == null).count() + ".");
        Map<FactKind, Integer> counts = GraphFacts.count(GraphFacts.read(r.built().dataset()));
        w.println("Extracted, as the graph states them (the kinds evaluate scores): "
                + counts.entrySet().stream().map(e -> e.getKey().id() + " " + e.getValue()).collect(Collectors.joining(", ")) + ".");
        long warnings = rep.warnings().size() + rep.sources().stream().mapToLong(s -> s.warnings().size()).sum();
        w.println("Facts found (each as found; equal ones merge into one resource of the graph): " + rep.totals().facts() + "; warnings: " + warnings + " (see " + Converter.REPORT_FILE + ").");
    }

    private static String quote(String s) {
        return "\"" + (s.length() > 50 ? s.substring(0, 50) + "…" : s) + "\"";
    }
}

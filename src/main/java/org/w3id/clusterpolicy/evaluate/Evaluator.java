package org.w3id.clusterpolicy.evaluate;

import java.nio.file.Path;
import java.util.List;
import org.w3id.clusterpolicy.convert.ConversionOptions;
import org.w3id.clusterpolicy.convert.ConversionResult;
import org.w3id.clusterpolicy.convert.Converter;
import org.w3id.clusterpolicy.lang.LanguageRegistry;
import org.w3id.clusterpolicy.rdf.OntologyConcepts;
import org.w3id.clusterpolicy.rdf.Vocab;

/**
 * Measures the converter: reads a gold (set) file, converts the sources in memory (those the gold
 * names, unless others are given), reads the facts of the graph and scores them against the gold.
 * Nothing is written.
 */
public final class Evaluator {
    private final LanguageRegistry languages;
    private final OntologyConcepts concepts;
    private final String version;
    private final KnownValues values;
    private final NameMatcher names;

    public Evaluator(LanguageRegistry languages, OntologyConcepts concepts, String version) {
        this.languages = languages;
        this.concepts = concepts;
        this.version = version;
        this.values = new KnownValues(concepts, languages.countries());
        this.names = NameMatcher.load();
    }

    /** Reads a gold file or set file (bad input: a {@code BadInputException} naming the file and line). */
    public GoldSet readGold(Path goldFile) {
        return new GoldReader(values, names).read(goldFile);
    }

    public Evaluation evaluate(Path goldFile, List<Path> sources) {
        GoldSet gold = readGold(goldFile);
        List<Path> files = sources == null || sources.isEmpty() ? gold.sources() : sources;
        ConversionResult converted = new Converter(languages, concepts, version)
                .build(new ConversionOptions(files, null, null, Vocab.DEFAULT_BASE));
        List<Tuple> found = GraphFacts.read(converted.built().dataset());
        return score(gold, files, found);
    }

    /** Scores found facts against a gold set. */
    public Evaluation score(GoldSet gold, List<Path> sources, List<Tuple> found) {
        return new Scorer(new TupleComparator(names, values.broaderStatus()))
                .score(gold.name(), gold.file().toString(), sources.stream().map(Path::toString).toList(), gold.tuples(), found);
    }
}

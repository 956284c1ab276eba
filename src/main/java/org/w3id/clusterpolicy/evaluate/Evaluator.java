package org.w3id.clusterpolicy.evaluate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3id.clusterpolicy.convert.ConversionOptions;
import org.w3id.clusterpolicy.convert.ConversionResult;
import org.w3id.clusterpolicy.convert.Converter;
import org.w3id.clusterpolicy.lang.LanguageRegistry;
import org.w3id.clusterpolicy.rdf.OntologyConcepts;
import org.w3id.clusterpolicy.rdf.Vocab;
import org.w3id.clusterpolicy.source.BadInputException;

/**
 * Measures the converter: reads a gold (set) file, converts the sources in memory (those the gold
 * names, unless others are given), reads the facts of the graph and scores them against the gold.
 * Nothing is written.
 */
public final class Evaluator {
    private final Converter converter;
    private final KnownValues values;
    private final NameMatcher names;

    /** An evaluator of what {@code converter} makes; the controlled values come from the ontology and the country table. */
    public Evaluator(Converter converter, LanguageRegistry languages, OntologyConcepts concepts) {
        this.converter = converter;
        this.values = new KnownValues(concepts, languages.countries());
        this.names = NameMatcher.load();
    }

    /** Reads a gold file or set file (bad input: a {@code BadInputException} naming the file and line). */
    public GoldSet readGold(Path goldFile) {
        return new GoldReader(values, names).read(goldFile);
    }

    /**
     * Converts and scores. A source that does not exist is bad input; a source the converter refuses
     * (no country it can find, a language it does not know …) is a result: it is left out of the
     * conversion, listed as refused, and its gold facts count as misses.
     */
    public Evaluation evaluate(Path goldFile, List<Path> sources) {
        GoldSet gold = readGold(goldFile);
        List<Path> files = sources == null || sources.isEmpty() ? gold.sources() : sources;
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new BadInputException(f + ": no such file");
            }
        }
        List<Path> converted = new ArrayList<>(files);
        List<Finding> refused = new ArrayList<>();
        List<Tuple> found = List.of();
        while (!converted.isEmpty()) {
            try {
                ConversionResult result = converter.build(new ConversionOptions(converted, null, null, Vocab.DEFAULT_BASE));
                found = GraphFacts.read(result.built().dataset());
                break;
            } catch (BadInputException e) {
                Path culprit = converted.stream().filter(f -> e.getMessage().startsWith(f + ": ")).findFirst().orElseThrow(() -> e);
                converted.remove(culprit);
                refused.add(new Finding("source", null, culprit.toString(), null, null, e.getMessage().substring(culprit.toString().length() + 2), null, null));
            }
        }
        return score(gold, files, found, refused);
    }

    /** Scores found facts against a gold set. */
    public Evaluation score(GoldSet gold, List<Path> sources, List<Tuple> found, List<Finding> refused) {
        return new Scorer(new TupleComparator(names, values.broaderStatus()))
                .score(gold.name(), gold.file().toString(), sources.stream().map(Path::toString).toList(), refused, gold.tuples(), found);
    }
}

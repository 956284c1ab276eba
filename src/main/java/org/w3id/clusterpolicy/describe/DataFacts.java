package org.w3id.clusterpolicy.describe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.clusterpolicy.rdf.Vocab;

/**
 * What the descriptions read from the graph (its default graph, which holds every triple): the
 * source documents, the years the events span, the countries with a profile. Every list is
 * sorted, so that the descriptions built from it are the same for the same graph.
 */
final class DataFacts {
    /** One source document: its web page, language, titles and retrieval date. */
    record Source(Node document, Node page, Node language, List<Node> titles, Optional<LocalDate> retrieved) {}

    record Period<T>(T first, T last) {}

    private static final Node SOURCE_DOCUMENT = Vocab.cpo("SourceDocument");
    private static final Node SOURCE_PAGE = Vocab.cpo("sourcePage");
    private static final Node RETRIEVED = Vocab.cpo("retrieved");
    private static final Node POLICY_EVENT = Vocab.cpo("PolicyEvent");
    private static final Node COUNTRY_PROFILE = Vocab.cpo("CountryProfile");
    private static final Pattern YEAR = Pattern.compile("^(-?\\d{4,})");
    private static final Pattern DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    static final Comparator<Node> BY_TERM = Comparator.comparing(Node::toString);

    private final Graph g;
    private final List<Source> sources;

    DataFacts(DatasetGraph data) {
        this.g = data.getDefaultGraph();
        this.sources = readSources();
    }

    Graph graph() {
        return g;
    }

    List<Source> sources() {
        return sources;
    }

    private List<Source> readSources() {
        List<Source> out = new ArrayList<>();
        for (Node doc : subjectsOfType(SOURCE_DOCUMENT)) {
            for (Node page : objects(doc, SOURCE_PAGE)) {
                Node lang = objects(doc, Vocab.DCT_LANGUAGE).stream().findFirst().orElse(null);
                Optional<LocalDate> retrieved = objects(doc, RETRIEVED).stream().map(DataFacts::date).flatMap(Optional::stream).min(Comparator.naturalOrder());
                out.add(new Source(doc, page, lang, objects(doc, Vocab.DCT_TITLE), retrieved));
            }
        }
        out.sort(Comparator.comparing((Source s) -> s.page().toString()));
        return List.copyOf(out);
    }

    /** The first and the last date a source was retrieved on. */
    Optional<Period<LocalDate>> retrieved() {
        TreeSet<LocalDate> dates = new TreeSet<>();
        sources().forEach(s -> s.retrieved().ifPresent(dates::add));
        return dates.isEmpty() ? Optional.empty() : Optional.of(new Period<>(dates.first(), dates.last()));
    }

    /** The earliest and the latest year any policy event starts or ends in. */
    Optional<Period<Integer>> eventYears() {
        TreeSet<Integer> years = new TreeSet<>();
        for (Node event : subjectsOfType(POLICY_EVENT)) {
            for (Node p : new Node[] {Vocab.START_YEAR, Vocab.END_YEAR}) {
                objects(event, p).forEach(y -> year(y).ifPresent(years::add));
            }
        }
        return years.isEmpty() ? Optional.empty() : Optional.of(new Period<>(years.first(), years.last()));
    }

    /** The country authority entries that have a country profile. */
    List<Node> profiledCountries() {
        TreeSet<Node> countries = new TreeSet<>(BY_TERM);
        for (Node profile : profiles()) {
            objects(profile, Vocab.COUNTRY).stream().filter(Node::isURI).forEach(countries::add);
        }
        return List.copyOf(countries);
    }

    List<Node> profiles() {
        return subjectsOfType(COUNTRY_PROFILE);
    }

    /** The preferred label of a term in a language, if the graph has one. */
    Optional<String> prefLabel(Node term, String lang) {
        return objects(term, Vocab.PREF_LABEL).stream().filter(l -> l.isLiteral() && lang.equals(l.getLiteralLanguage()))
                .map(Node::getLiteralLexicalForm).findFirst();
    }

    /**
     * The base of the resource IRIs ("https://w3id.org/cluster-policy/id/"), read off a profile
     * IRI ({base}profile/{slug}) because the converter's base is configurable.
     */
    String uriSpace() {
        return profiles().stream().map(Node::getURI).filter(iri -> iri != null && iri.contains("/profile/"))
                .map(iri -> iri.substring(0, iri.lastIndexOf("/profile/") + 1)).findFirst().orElse(Vocab.DEFAULT_BASE);
    }

    List<Node> subjectsOfType(Node type) {
        TreeSet<Node> out = new TreeSet<>(BY_TERM);
        g.find(Node.ANY, Vocab.TYPE, type).forEachRemaining(t -> out.add(t.getSubject()));
        return List.copyOf(out);
    }

    List<Node> objects(Node s, Node p) {
        TreeSet<Node> out = new TreeSet<>(BY_TERM);
        g.find(s, p, Node.ANY).mapWith(Triple::getObject).forEachRemaining(out::add);
        return List.copyOf(out);
    }

    private static Optional<Integer> year(Node literal) {
        if (!literal.isLiteral()) {
            return Optional.empty();
        }
        Matcher m = YEAR.matcher(literal.getLiteralLexicalForm());
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private static Optional<LocalDate> date(Node literal) {
        if (!literal.isLiteral()) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(literal.getLiteralLexicalForm());
        return m.find() ? Optional.of(LocalDate.parse(m.group(1))) : Optional.empty();
    }
}

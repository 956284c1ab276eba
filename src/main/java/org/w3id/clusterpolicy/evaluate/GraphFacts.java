package org.w3id.clusterpolicy.evaluate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.w3id.clusterpolicy.lang.CountryTable;
import org.w3id.clusterpolicy.rdf.Vocab;

/**
 * Reads the facts of a converted graph as canonical tuples: what a user of the graph sees, after the
 * converter merged entities. An entity is one tuple per resource and country, so a duplicate
 * resource is a fact of its own. A fact's country is its {@code cpo:country}, else that of the
 * section its evidence sentence lies in, else {@link Tuple#EU}.
 */
public final class GraphFacts {
    private static final String PREFIXES = """
            PREFIX cpo: <https://w3id.org/cluster-policy/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;
    private static final String SECTOR = Vocab.DEFAULT_BASE + "sector/";
    private static final String FUND = Vocab.DEFAULT_BASE + "fund/";
    private static final String REGION = Vocab.DEFAULT_BASE + "region/";
    private static final String NUTS_CODE = Vocab.NUTS + "code/";
    private static final Node PROGRAMME = Vocab.cpo("Programme");
    private static final Node ORGANISATION = Vocab.cpo("Organisation");
    private static final Node EU_PLATFORM = Vocab.cpo("EUPlatform");
    private static final Node PROFILE = Vocab.cpo("CountryProfile");
    private static final Node FUNDING_SOURCE = Vocab.cpo("FundingSource");

    private final Graph graph;
    private final Map<Node, String> sentenceCountry = new java.util.HashMap<>();

    private GraphFacts(Graph graph) {
        this.graph = graph;
    }

    /**
     * The facts of a dataset (its default graph and all its named graphs), sorted by kind, country and
     * description. Read from one copy of all the triples: a union view asks every named graph in turn
     * for each pattern, which made this quadratic in the number of source documents.
     */
    public static List<Tuple> read(DatasetGraph dataset) {
        Graph all = GraphMemFactory.createDefaultGraph();
        dataset.find().forEachRemaining(quad -> all.add(quad.asTriple()));
        return new GraphFacts(all).all();
    }

    /** How many facts of each kind, every kind listed. */
    public static Map<FactKind, Integer> count(List<Tuple> tuples) {
        Map<FactKind, Integer> out = new java.util.EnumMap<>(FactKind.class);
        for (FactKind k : FactKind.values()) {
            out.put(k, 0);
        }
        tuples.forEach(t -> out.merge(t.kind(), 1, Integer::sum));
        return out;
    }

    private List<Tuple> all() {
        sentenceCountries();
        List<Tuple> out = new ArrayList<>();
        entities(out);
        roles(out);
        events(out);
        quantities(out);
        profileLinks(out);
        partners(out);
        out.sort(Comparator.comparing(Tuple::kind).thenComparing(Tuple::country).thenComparing(Tuple::describe).thenComparing(Tuple::origin));
        return out;
    }

    private void entities(List<Tuple> out) {
        for (Binding b : select("SELECT ?e WHERE { VALUES ?c { cpo:Programme cpo:Organisation cpo:EUPlatform } ?e a ?c }")) {
            Node e = b.get("e");
            for (String country : countriesOf(e)) {
                out.add(tuple(FactKind.ENTITY, country, new Claim.Entity(ref(e)), e));
            }
        }
    }

    private void roles(List<Tuple> out) {
        for (Binding b : select("SELECT ?r ?a ?t ?x WHERE { ?r a cpo:RoleAssignment ; cpo:agent ?a ; cpo:roleType ?t ; cpo:roleIn ?x }")) {
            Node r = b.get("r");
            for (String country : countriesOf(r)) {
                out.add(tuple(FactKind.ROLE, country, new Claim.Role(ref(b.get("a")), notation(b.get("t")), ref(b.get("x"))), r));
            }
        }
    }

    private void events(List<Tuple> out) {
        for (Binding b : select("SELECT DISTINCT ?e WHERE { ?e a cpo:PolicyEvent }")) {
            Node e = b.get("e");
            Node type = first(e, Vocab.cpo("eventType"));
            Node subject = first(e, Vocab.cpo("subject"));
            Node start = first(e, Vocab.START_YEAR);
            if (type == null || subject == null || start == null) {
                continue; // not an event the shapes accept; nothing to score
            }
            int year = Integer.parseInt(start.getLiteralLexicalForm().substring(0, 4));
            Node endNode = first(e, Vocab.END_YEAR);
            Node monthNode = first(e, Vocab.cpo("yearMonth"));
            Node precision = first(e, Vocab.cpo("datePrecision"));
            Integer end = endNode == null ? null : Integer.valueOf(endNode.getLiteralLexicalForm().substring(0, 4));
            Integer month = monthNode == null ? null : Integer.valueOf(monthNode.getLiteralLexicalForm().substring(5, 7));
            boolean range = end != null && end != year;
            DateSpec date = precision != null && "decade".equals(notation(precision)) ? new DateSpec(year - year % 10, null, null, true)
                    : new DateSpec(year, range ? null : month, range ? end : null, false);
            for (String country : countriesOf(e)) {
                out.add(tuple(FactKind.EVENT, country, new Claim.Event(notation(type), ref(subject), date), e));
            }
        }
    }

    private void quantities(List<Tuple> out) {
        for (Binding b : select("SELECT DISTINCT ?q WHERE { ?q a cpo:Quantity }")) {
            Node q = b.get("q");
            Node value = first(q, Vocab.cpo("value"));
            Node qualifier = first(q, Vocab.cpo("qualifier"));
            if (value == null || qualifier == null) {
                continue;
            }
            Node thing = first(q, Vocab.cpo("countedThing"));
            List<String> words = literals(q, Vocab.cpo("counted"));
            Claim.Quantity claim = new Claim.Quantity(new BigDecimal(value.getLiteralLexicalForm()), notation(qualifier),
                    thing == null ? null : notation(thing), words.isEmpty() ? null : String.join(" / ", words));
            for (String country : countriesOf(q)) {
                out.add(tuple(FactKind.QUANTITY, country, claim, q));
            }
        }
    }

    /** The first object of a property, in a fixed order (a merged resource may have several). */
    private Node first(Node s, Node p) {
        return graph.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).min(Comparator.comparing(Node::toString)).orElse(null);
    }

    /** Sectors, regions, funding sources and statuses of country profiles, with the evidence of their assertions. */
    private void profileLinks(List<Tuple> out) {
        Map<String, FactKind> properties = Map.of("sector", FactKind.SECTOR, "region", FactKind.REGION,
                "fundingSource", FactKind.FUNDING, "policyStatus", FactKind.STATUS);
        for (Binding b : select("SELECT ?p ?c ?prop ?v WHERE { ?p a cpo:CountryProfile ; cpo:country ?c ; ?prop ?v . "
                + "VALUES ?prop { cpo:sector cpo:region cpo:fundingSource cpo:policyStatus } }")) {
            FactKind kind = properties.get(b.get("prop").getLocalName());
            Node v = b.get("v");
            Claim.Value claim = switch (kind) {
                case SECTOR -> Claim.Value.of(after(v, SECTOR));
                case FUNDING -> Claim.Value.of(after(v, FUND));
                case STATUS -> Claim.Value.of(notation(v));
                default -> region(v);
            };
            String evidence = null;
            for (Binding a : select("SELECT ?s WHERE { ?a a cpo:Assertion ; cpo:about <" + b.get("p").getURI() + "> ; cpo:assertedValue <"
                    + v.getURI() + "> ; prov:wasDerivedFrom ?s }")) {
                evidence = join(evidence, text(a.get("s")));
            }
            out.add(new Tuple(kind, code(b.get("c")), claim, evidence, b.get("p").getURI() + " " + v.getURI()));
        }
    }

    private void partners(List<Tuple> out) {
        for (Binding b : select("SELECT ?p ?c WHERE { ?p cpo:partnerCountry ?c }")) {
            Node p = b.get("p");
            for (String country : countriesOf(p)) {
                out.add(tuple(FactKind.PARTNER, country, new Claim.Partner(ref(p), code(b.get("c"))), p));
            }
        }
    }

    private Claim.Value region(Node v) {
        List<String> names = new ArrayList<>(literals(v, Vocab.PREF_LABEL, Vocab.LABEL, Vocab.ALT_LABEL));
        names.add(after(v, REGION));
        String nuts = null;
        for (Triple t : graph.find(v, Vocab.EXACT_MATCH, Node.ANY).toList()) {
            if (t.getObject().isURI() && t.getObject().getURI().startsWith(NUTS_CODE)) {
                nuts = after(t.getObject(), NUTS_CODE);
            }
        }
        return new Claim.Value(after(v, REGION), names, nuts);
    }

    /** A reference to a resource: its type and kind from the graph, its names from every label. */
    private Ref ref(Node n) {
        if (graph.contains(n, Vocab.TYPE, PROFILE)) {
            return Ref.country(countriesOf(n).get(0));
        }
        if (graph.contains(n, Vocab.TYPE, FUNDING_SOURCE) || (n.isURI() && n.getURI().startsWith(FUND))) {
            return Ref.fund(after(n, FUND));
        }
        List<String> names = literals(n, Vocab.LABEL, Vocab.ALT_LABEL, Vocab.ACRONYM, Vocab.PREF_LABEL);
        String label = names.isEmpty() ? (n.isURI() ? n.getURI() : n.toString()) : names.get(0);
        if (graph.contains(n, Vocab.TYPE, PROGRAMME)) {
            return new Ref(Ref.Type.PROGRAMME, kind(n, "programmeKind"), names, label);
        }
        if (graph.contains(n, Vocab.TYPE, ORGANISATION)) {
            return new Ref(Ref.Type.ORGANISATION, kind(n, "organisationKind"), names, label);
        }
        if (graph.contains(n, Vocab.TYPE, EU_PLATFORM)) {
            return new Ref(Ref.Type.EU_PLATFORM, null, names, label);
        }
        return new Ref(Ref.Type.OTHER, null, names, label);
    }

    private String kind(Node n, String property) {
        List<Triple> kinds = graph.find(n, Vocab.cpo(property), Node.ANY).toList();
        return kinds.isEmpty() ? null : notation(kinds.get(0).getObject());
    }

    /** The labels of a resource, English first, then by language and text. */
    private List<String> literals(Node n, Node... properties) {
        TreeSet<String> sorted = new TreeSet<>(Comparator.comparing((String s) -> s.startsWith("en\u0000") ? 0 : 1).thenComparing(s -> s));
        for (Node p : properties) {
            graph.find(n, p, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) {
                    sorted.add(t.getObject().getLiteralLanguage() + "\u0000" + t.getObject().getLiteralLexicalForm());
                }
            });
        }
        List<String> out = new ArrayList<>();
        sorted.forEach(s -> {
            String text = s.substring(s.indexOf('\u0000') + 1);
            if (!out.contains(text)) {
                out.add(text);
            }
        });
        return out;
    }

    /** The concept's skos:notation, else the last segment of its IRI. */
    private String notation(Node concept) {
        List<Triple> n = graph.find(concept, Vocab.NOTATION, Node.ANY).toList();
        if (!n.isEmpty()) {
            return n.get(0).getObject().getLiteralLexicalForm();
        }
        String iri = concept.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    /** The countries of a resource; else those of the sections its sentences lie in; else EU. */
    private List<String> countriesOf(Node n) {
        TreeSet<String> out = new TreeSet<>();
        graph.find(n, Vocab.COUNTRY, Node.ANY).forEachRemaining(t -> out.add(code(t.getObject())));
        if (out.isEmpty()) {
            graph.find(n, Vocab.DERIVED_FROM, Node.ANY).forEachRemaining(t -> {
                String c = sentenceCountry.get(t.getObject());
                if (c != null) {
                    out.add(c);
                }
            });
        }
        return out.isEmpty() ? List.of(Tuple.EU) : List.copyOf(out);
    }

    /** Each evidence sentence's country: that of the section of its document that contains its start. */
    private void sentenceCountries() {
        for (Binding b : select("""
                SELECT ?s ?c WHERE {
                  ?s a cpo:Sentence ; cpo:document ?d ; nif:beginIndex ?b .
                  ?sec a cpo:Section ; cpo:document ?d ; nif:beginIndex ?sb ; nif:endIndex ?se ; cpo:country ?c .
                  FILTER (?b >= ?sb && ?b < ?se)
                }""")) {
            sentenceCountry.put(b.get("s"), code(b.get("c")));
        }
    }

    private Tuple tuple(FactKind kind, String country, Claim claim, Node resource) {
        String evidence = null;
        TreeMap<String, String> sentences = new TreeMap<>();
        graph.find(resource, Vocab.DERIVED_FROM, Node.ANY).forEachRemaining(t -> sentences.put(t.getObject().toString(), text(t.getObject())));
        for (String s : sentences.values()) {
            evidence = join(evidence, s);
        }
        return new Tuple(kind, country, claim, evidence, resource.isURI() ? resource.getURI() : resource.toString());
    }

    private String text(Node sentence) {
        List<Triple> t = graph.find(sentence, Vocab.TEXT, Node.ANY).toList();
        return t.isEmpty() ? null : t.get(0).getObject().getLiteralLexicalForm();
    }

    private List<Binding> select(String query) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExec qe = QueryExec.graph(graph).query(PREFIXES + query).build()) {
            RowSet rs = qe.select();
            rs.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static String code(Node country) {
        String iri = country.getURI();
        return iri.startsWith(CountryTable.AUTHORITY_PREFIX) ? iri.substring(CountryTable.AUTHORITY_PREFIX.length()) : iri;
    }

    private static String after(Node n, String prefix) {
        String iri = n.getURI();
        return iri.startsWith(prefix) ? iri.substring(prefix.length()) : iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null || a.contains(b) ? a : a + " | " + b;
    }
}

package org.w3id.clusterpolicy.describe;

import org.w3id.clusterpolicy.store.DumpInfo;
import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.clusterpolicy.rdf.Vocab;

/**
 * The DCAT-AP 3.0.1 description of the knowledge graph: a catalogue with the dataset, its
 * distributions (one per dump, one for the SPARQL endpoint), the SPARQL endpoint as a data
 * service, the publisher, and the source pages the graph was converted from. Dates, coverage and
 * sources are read from the graph; the terms used also exist in DCAT-AP 2.1.1, into which the EU
 * portal converts what it harvests.
 */
public final class DcatCatalog {
    private DcatCatalog() {}

    // EuroVoc concepts for the dataset's subject (listed in data/vocab/checked-identifiers.csv).
    private static final List<String> SUBJECTS = List.of(
            Vocab.EUROVOC + "c_de4d6f2f", // business cluster
            Vocab.EUROVOC + "1439", // innovation
            Vocab.EUROVOC + "2515", // regional policy
            Vocab.EUROVOC + "2507"); // industrial policy

    private static final String[][] KEYWORDS = {
        {"cluster policy", "Clusterpolitik"},
        {"business clusters", "Cluster"},
        {"innovation policy", "Innovationspolitik"},
        {"regional policy", "Regionalpolitik"},
        {"Europe", "Europa"},
        {"knowledge graph", "Wissensgraph"},
        {"linked data", "Linked Data"},
    };

    public static Graph describe(DatasetGraph data, List<DumpInfo> dumps, ServiceUrls urls) {
        DataFacts facts = new DataFacts(data);
        Model m = Terms.newModel();
        Resource publisher = publisher(m);
        Resource dataset = dataset(m, facts, publisher, urls);
        Resource service = dataService(m, dataset, urls);
        DcatDistributions distributions = new DcatDistributions(m, urls, facts);
        dumps.stream().sorted(Comparator.comparing(DumpInfo::fileName))
                .forEach(dump -> dataset.addProperty(DCAT.distribution, distributions.file(dump)));
        dataset.addProperty(DCAT.distribution, distributions.sparql(service));
        catalog(m, facts, dataset, service, publisher, urls);
        return m.getGraph();
    }

    private static Resource publisher(Model m) {
        Resource p = m.createResource(Terms.PUBLISHER, FOAF.Agent);
        return Terms.text(p, FOAF.name, "Cluster Policy KG project", "Projekt Cluster Policy KG");
    }

    private static Resource catalog(Model m, DataFacts facts, Resource dataset, Resource service, Resource publisher, ServiceUrls urls) {
        Resource c = m.createResource(Terms.CATALOG, DCAT.Catalog)
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCTerms.license, Terms.typed(m, Terms.LICENCE_CC_BY_4_0, DCTerms.LicenseDocument))
                .addProperty(FOAF.homepage, Terms.typed(m, urls.home(), FOAF.Document))
                .addProperty(DCAT.dataset, dataset)
                .addProperty(DCAT.service, service);
        Terms.text(c, DCTerms.title, "Cluster Policy KG catalogue", "Katalog des Cluster Policy KG");
        Terms.text(c, DCTerms.description,
                "The knowledge graph of national cluster policies in Europe, its downloads and its SPARQL endpoint.",
                "Der Wissensgraph zur nationalen Clusterpolitik in Europa, seine Downloads und sein SPARQL-Endpunkt.");
        languages(m, c, facts);
        dates(c, facts);
        return c;
    }

    private static Resource dataset(Model m, DataFacts facts, Resource publisher, ServiceUrls urls) {
        Resource d = m.createResource(Terms.DATASET, DCAT.Dataset)
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCAT.landingPage, Terms.typed(m, urls.home(), FOAF.Document))
                .addProperty(DCTerms.accessRights, Terms.typed(m, Terms.ACCESS_PUBLIC, DCTerms.RightsStatement))
                .addProperty(DCTerms.accrualPeriodicity, Terms.typed(m, Terms.FREQUENCY_IRREGULAR, DCTerms.Frequency))
                .addProperty(DCTerms.conformsTo, Terms.typed(m, Vocab.ONTOLOGY_IRI, DCTerms.Standard));
        Terms.text(d, DCTerms.title, "Cluster Policy KG: national cluster policies in Europe",
                "Cluster Policy KG: nationale Clusterpolitik in Europa");
        Terms.text(d, DCTerms.description,
                "A linked-data knowledge graph of national cluster policies in Europe, converted from the English and German "
                        + "texts of clusterplattform.de: country profiles, programmes, organisations and their roles, dated events, "
                        + "quantities, sectors, regions, funding sources and each country's policy status, every fact traceable to "
                        + "the sentence it came from and linked to EU vocabularies and Wikidata.",
                "Ein Linked-Data-Wissensgraph zur nationalen Clusterpolitik in Europa, umgewandelt aus den englischen und "
                        + "deutschen Texten von clusterplattform.de: Länderprofile, Programme, Organisationen und ihre Rollen, "
                        + "datierte Ereignisse, Mengenangaben, Branchen, Regionen, Förderquellen und der Stand der Clusterpolitik "
                        + "jedes Landes, jede Aussage bis zu ihrem Quellsatz rückverfolgbar und mit EU-Vokabularen und Wikidata verknüpft.");
        for (String[] k : KEYWORDS) {
            Terms.text(d, DCAT.keyword, k[0], k[1]);
        }
        SUBJECTS.forEach(s -> d.addProperty(DCTerms.subject, m.createResource(s)));
        languages(m, d, facts);
        dates(d, facts);
        // Events are dated to the year at best, so the period is given in years (xsd:gYear, which
        // DCAT-AP 2.1.1 and 3 both accept for these properties).
        facts.eventYears().ifPresent(years -> d.addProperty(DCTerms.temporal, m.createResource(DCTerms.PeriodOfTime)
                .addLiteral(DCAT.startDate, m.createTypedLiteral(String.format("%04d", years.first()), XSDDatatype.XSDgYear))
                .addLiteral(DCAT.endDate, m.createTypedLiteral(String.format("%04d", years.last()), XSDDatatype.XSDgYear))));
        for (Node country : facts.profiledCountries()) {
            d.addProperty(DCTerms.spatial, Terms.typed(m, country.getURI(), DCTerms.Location));
        }
        for (DataFacts.Source s : facts.sources()) {
            d.addProperty(DCTerms.source, sourcePage(m, s));
        }
        return d;
    }

    /**
     * A source page. In DCAT-AP the range of dct:source is dcat:Dataset, so the page is described
     * as one, with the title the graph gives it and its language.
     */
    private static Resource sourcePage(Model m, DataFacts.Source s) {
        Resource page = m.createResource(s.page().getURI(), DCAT.Dataset);
        s.titles().forEach(t -> page.addProperty(DCTerms.title, t.getLiteralLexicalForm(), t.getLiteralLanguage()));
        String retrieved = s.retrieved().map(date -> " (retrieved " + date + ")").orElse("");
        String abgerufen = s.retrieved().map(date -> " (abgerufen am " + date + ")").orElse("");
        String site = site(s.page().getURI());
        Terms.text(page, DCTerms.description, "A web page of " + site + " the Cluster Policy KG was converted from" + retrieved + ".",
                "Eine Seite von " + site + ", aus der der Cluster Policy KG umgewandelt wurde" + abgerufen + ".");
        if (s.language() != null && s.language().isURI()) {
            page.addProperty(DCTerms.language, Terms.typed(m, s.language().getURI(), DCTerms.LinguisticSystem));
        }
        return page;
    }

    /** The web site of a page, "clusterplattform.de" for https://www.clusterplattform.de/…. */
    private static String site(String page) {
        String host = URI.create(page).getHost();
        return host == null ? page : host.replaceFirst("^www\\.", "");
    }

    private static Resource dataService(Model m, Resource dataset, ServiceUrls urls) {
        // The range shapes want the endpoint to be of class rdfs:Resource, and SHACL checks classes
        // without RDFS entailment: so the (trivially true) type is stated.
        Resource endpoint = Terms.typed(m, urls.sparql(), RDFS.Resource);
        Resource s = m.createResource(Terms.DATA_SERVICE, DCAT.DataService)
                .addProperty(DCAT.endpointURL, endpoint)
                // GET on the endpoint without a query answers with the SPARQL service description.
                .addProperty(DCAT.endpointDescription, endpoint)
                .addProperty(DCAT.servesDataset, dataset)
                .addProperty(DCTerms.conformsTo, Terms.typed(m, Terms.SPARQL_PROTOCOL, DCTerms.Standard))
                .addProperty(DCTerms.license, Terms.typed(m, Terms.LICENCE_CC_BY_4_0, DCTerms.LicenseDocument))
                .addProperty(DCTerms.accessRights, Terms.typed(m, Terms.ACCESS_PUBLIC, DCTerms.RightsStatement));
        Terms.text(s, DCTerms.title, "Cluster Policy KG SPARQL endpoint", "SPARQL-Endpunkt des Cluster Policy KG");
        return Terms.text(s, DCTerms.description,
                "A read-only SPARQL 1.1 query endpoint over the whole graph; the default graph is the union of all named graphs.",
                "Ein lesender SPARQL-1.1-Abfrage-Endpunkt über den ganzen Graphen; der Standardgraph ist die Vereinigung aller benannten Graphen.");
    }

    /** The languages of the source texts (the graph's texts are in the same languages). */
    private static void languages(Model m, Resource r, DataFacts facts) {
        TreeSet<String> langs = new TreeSet<>();
        facts.sources().stream().map(DataFacts.Source::language).filter(l -> l != null && l.isURI()).forEach(l -> langs.add(l.getURI()));
        langs.forEach(l -> r.addProperty(DCTerms.language, Terms.typed(m, l, DCTerms.LinguisticSystem)));
    }

    /**
     * Issued and modified are the first and the last retrieval of a source: the graph is converted
     * from what was retrieved, so these dates follow from the data and stay put between runs.
     */
    private static void dates(Resource r, DataFacts facts) {
        facts.retrieved().ifPresent(p -> r.addLiteral(DCTerms.issued, date(r.getModel(), p.first()))
                .addLiteral(DCTerms.modified, date(r.getModel(), p.last())));
    }

    private static org.apache.jena.rdf.model.Literal date(Model m, LocalDate d) {
        return m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate);
    }
}

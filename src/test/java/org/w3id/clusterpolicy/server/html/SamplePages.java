package org.w3id.clusterpolicy.server.html;

import java.util.List;
import org.w3id.clusterpolicy.server.html.Pages.Count;
import org.w3id.clusterpolicy.server.html.Pages.CountryRow;
import org.w3id.clusterpolicy.server.html.Pages.DownloadRow;
import org.w3id.clusterpolicy.server.html.Pages.DownloadsPage;
import org.w3id.clusterpolicy.server.html.Pages.ErrorPage;
import org.w3id.clusterpolicy.server.html.Pages.EvidenceRow;
import org.w3id.clusterpolicy.server.html.Pages.Frame;
import org.w3id.clusterpolicy.server.html.Pages.HomePage;
import org.w3id.clusterpolicy.server.html.Pages.Link;
import org.w3id.clusterpolicy.server.html.Pages.OntologyPage;
import org.w3id.clusterpolicy.server.html.Pages.PropertyRow;
import org.w3id.clusterpolicy.server.html.Pages.QueryField;
import org.w3id.clusterpolicy.server.html.Pages.QueryForm;
import org.w3id.clusterpolicy.server.html.Pages.ResourcePage;
import org.w3id.clusterpolicy.server.html.Pages.SchemeDoc;
import org.w3id.clusterpolicy.server.html.Pages.TermDoc;
import org.w3id.clusterpolicy.server.html.Pages.Value;

/** Page models as the server fills them, from the real graph, in English or German. */
final class SamplePages {
    static final String BASE = "http://localhost:3030";
    static final String ID = "https://w3id.org/cluster-policy/id/";
    static final String CPO = "https://w3id.org/cluster-policy/ontology#";
    static final String CTRY = "http://publications.europa.eu/resource/authority/country/";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    static final String COP = ID + "programme/romania-competitiveness-operational-programme";

    private SamplePages() {}

    static boolean german(String lang) { return lang.equals("de"); }

    static String pick(String lang, String en, String de) { return german(lang) ? de : en; }

    static Frame frame(String lang, String path, String title) {
        String other = german(lang) ? "en" : "de";
        String query = path.contains("?") ? "&lang=" : "?lang=";
        return new Frame(lang, other, BASE + path + query + other, BASE + "/" + (german(lang) ? "?lang=de" : ""), title);
    }

    static List<DownloadRow> downloads() {
        return List.of(
                new DownloadRow("cluster-policy.ttl", BASE + "/download/cluster-policy.ttl", "text/turtle", "Turtle", 409_818,
                        "3f1c0a9d5b7e2c4f6a8b0d1e3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a"),
                new DownloadRow("cluster-policy.nt.gz", BASE + "/download/cluster-policy.nt.gz", "application/gzip", "N-Triples (gzip)", 98_304,
                        "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9"),
                new DownloadRow("cluster-policy.jsonld", BASE + "/download/cluster-policy.jsonld", "application/ld+json", "JSON-LD", 549_031,
                        "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100"),
                new DownloadRow("conversion-report.json", BASE + "/download/conversion-report.json", "application/json", "JSON", 812,
                        "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"));
    }

    static HomePage home(String lang) {
        String suffix = german(lang) ? "&lang=de" : "";
        List<QueryForm> queries = List.of(
                new QueryForm("countries", pick(lang, "Countries", "Länder"),
                        "Every country with its policy status and the number of programmes and organisations.",
                        BASE + "/api/queries/countries", List.of(),
                        new Link(pick(lang, "Example results", "Beispielergebnisse"), BASE + "/api/queries/countries?format=html" + suffix)),
                new QueryForm("timeline", "Timeline", "The dated policy events, one row per event.",
                        BASE + "/api/queries/timeline", List.of(
                                new QueryField("country", "country", false, "HU",
                                        "Only events of this country (ISO 3166 alpha-2 or alpha-3 code, or country authority IRI).", null),
                                new QueryField("from", "year", false, "2010", "Only events whose year is this year or later.", null),
                                new QueryField("to", "year", false, "2015", "Only events whose year is this year or earlier.", null),
                                new QueryField("lang", "language", false, "de", "The language of the labels.", "en")),
                        new Link(pick(lang, "Example results", "Beispielergebnisse"),
                                BASE + "/api/queries/timeline?country=HU&from=2010&to=2015" + suffix)),
                new QueryForm("evidence", pick(lang, "Evidence", "Belege"), "The sentences a resource was extracted from.",
                        BASE + "/api/queries/evidence", List.of(
                                new QueryField("resource", "iri", true, COP, "The IRI of the resource.", null)),
                        new Link("", BASE + "/api/queries/evidence?resource=" + COP + suffix)),
                new QueryForm("policy-status", pick(lang, "Policy status", "Stand der Clusterpolitik"), null,
                        BASE + "/api/queries/policy-status", List.of(
                                new QueryField("status", "status", false, "no-cluster-policy", "A policy status notation.", null)),
                        null));
        return new HomePage(frame(lang, "/", pick(lang, "Home", "Startseite")),
                pick(lang, "Cluster Policy KG: national cluster policies in Europe", "Cluster Policy KG: nationale Clusterpolitik in Europa"),
                pick(lang, "A linked-data knowledge graph of national cluster policies in Europe, converted from clusterplattform.de.",
                        "Ein Linked-Data-Wissensgraph nationaler Clusterpolitik in Europa, erzeugt aus Texten von clusterplattform.de."),
                List.of(new Link("European Level", "https://www.clusterplattform.de/CLUSTER/Navigation/EN/Europe/europe.html"),
                        new Link("Europäische Ebene", "https://www.clusterplattform.de/CLUSTER/Navigation/DE/Europa/europa.html")),
                new Link("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
                List.of(new Count(pick(lang, "Triples", "Tripel"), 31_457), new Count(pick(lang, "Countries", "Länder"), 41),
                        new Count(pick(lang, "Programmes", "Programme"), 187), new Count(pick(lang, "Organisations", "Organisationen"), 203)),
                List.of(new CountryRow("ALB", pick(lang, "Albania", "Albanien"), new Link("Albania", ID + "profile/albania"), null, 2, 3),
                        new CountryRow("AUT", pick(lang, "Austria", "Österreich"), new Link("Austria", ID + "profile/austria"),
                                pick(lang, "regional policies", "regionale Politik"), 9, 14),
                        new CountryRow("ROU", pick(lang, "Romania", "Rumänien"), new Link("Romania", ID + "profile/romania"),
                                pick(lang, "national programme", "nationales Programm"), 4, 6),
                        new CountryRow("XKX", "Kosovo", new Link("Kosovo", ID + "profile/kosovo"),
                                pick(lang, "no cluster policy", "keine Clusterpolitik"), 0, 1)),
                queries, downloads(),
                new Link("SPARQL", BASE + "/sparql"), new Link("Service Description", BASE + "/sparql"),
                new Link(pick(lang, "DCAT catalogue", "DCAT-Katalog"), BASE + "/catalog"), new Link("VoID", BASE + "/.well-known/void"),
                new Link("OpenAPI", BASE + "/api/openapi.json"), new Link(pick(lang, "Ontology", "Ontologie"), BASE + "/ontology"),
                List.of(new Pages.Credit("@zazuko/yasgui", "4.6.2", "MIT", new Link("@zazuko/yasgui", "https://github.com/zazuko/Yasgui"),
                        new Link("MIT", "/static/licenses/@zazuko__yasgui.txt"))));
    }

    static ResourcePage resource(String lang) {
        return resource(lang, pick(lang, "Competitiveness Operational Programme", "Competitiveness Operational Programme"));
    }

    static ResourcePage resource(String lang, String label) {
        String suffix = german(lang) ? "?lang=de" : "";
        Link programme = new Link(pick(lang, "programme", "Programm"), BASE + "/ontology" + suffix + "#Programme");
        List<PropertyRow> properties = List.of(
                new PropertyRow(new Link(pick(lang, "label", "Bezeichnung"), "http://www.w3.org/2000/01/rdf-schema#label"),
                        List.of(new Value(label, null, "en", null))),
                new PropertyRow(new Link(pick(lang, "acronym", "Akronym"), BASE + "/ontology" + suffix + "#acronym"),
                        List.of(new Value("COP", null, "en", null))),
                new PropertyRow(new Link(pick(lang, "country", "Land"), BASE + "/ontology" + suffix + "#country"),
                        List.of(new Value(pick(lang, "Romania", "Rumänien"), CTRY + "ROU", lang, null))),
                new PropertyRow(new Link(pick(lang, "kind of instrument", "Art des Instruments"), BASE + "/ontology" + suffix + "#programmeKind"),
                        List.of(new Value(pick(lang, "programme", "Programm"), BASE + "/ontology" + suffix + "#ProgrammeKindProgramme", null, null))),
                new PropertyRow(new Link(pick(lang, "start year", "Startjahr"), BASE + "/ontology" + suffix + "#startYear"),
                        List.of(new Value("2015", null, null, XSD + "gYear"))),
                new PropertyRow(new Link(pick(lang, "end year", "Endjahr"), BASE + "/ontology" + suffix + "#endYear"),
                        List.of(new Value("2020", null, null, XSD + "gYear"))),
                new PropertyRow(new Link(pick(lang, "extraction rule", "Extraktionsregel"), BASE + "/ontology" + suffix + "#extractionRule"),
                        List.of(new Value("names.en.quoted+names.en.head-noun", null, null, XSD + "string"))),
                new PropertyRow(new Link(pick(lang, "was derived from", "abgeleitet von"), "http://www.w3.org/ns/prov#wasDerivedFrom"),
                        List.of(new Value("sentence 9060–9168 of clusterplattform-de-european-level",
                                ID + "sentence/clusterplattform-de-european-level-9060-9168", "en", null),
                                new Value("Satz 12–140 in clusterplattform-de-europa", ID + "sentence/clusterplattform-de-europa-12-140", "de", null))));
        List<PropertyRow> inverse = List.of(
                new PropertyRow(new Link(pick(lang, "subject", "Gegenstand"), BASE + "/ontology" + suffix + "#subject"),
                        List.of(new Value(pick(lang, "Competitiveness Operational Programme: launched 2015",
                                "Competitiveness Operational Programme: gestartet 2015"),
                                ID + "event/romania-2015-launched-romania-competitiveness-operational-programme", lang, null))),
                new PropertyRow(new Link(pick(lang, "role in", "Rolle in"), BASE + "/ontology" + suffix + "#roleIn"),
                        List.of(new Value(pick(lang, "Romanian Agency for Research and Innovation: implementing",
                                        "Romanian Agency for Research and Innovation: umsetzend"), ID + "role/romania-rari-implementing-cop", lang, null),
                                new Value(pick(lang, "Romanian Ministry of Education: implementing", "Romanian Ministry of Education: umsetzend"),
                                        ID + "role/romania-ministry-of-education-implementing-cop", lang, null))));
        List<EvidenceRow> evidence = List.of(
                new EvidenceRow("The Romanian “Competitiveness Operational Programme” (COP) was launched in 2015 with duration of five years.", "en",
                        new Link(pick(lang, "Sentence 9060–9168", "Satz 9060–9168"), ID + "sentence/clusterplattform-de-european-level-9060-9168"),
                        new Link("European Level", ID + "document/clusterplattform-de-european-level"),
                        new Link("clusterplattform.de", "https://www.clusterplattform.de/CLUSTER/Navigation/EN/Europe/europe.html"), 9060, 9168),
                new EvidenceRow("Das rumänische „Competitiveness Operational Programme“ (COP) wurde 2015 mit einer Laufzeit von fünf Jahren gestartet.", "de",
                        new Link(pick(lang, "Sentence 12–140", "Satz 12–140"), ID + "sentence/clusterplattform-de-europa-12-140"),
                        new Link("Europäische Ebene", ID + "document/clusterplattform-de-europa"),
                        new Link("clusterplattform.de", "https://www.clusterplattform.de/CLUSTER/Navigation/DE/Europa/europa.html"), 12, 140));
        String path = "/id/programme/romania-competitiveness-operational-programme";
        return new ResourcePage(frame(lang, path, label), COP, label, List.of(programme), properties, inverse, evidence,
                List.of(new Link(pick(lang, "Programmes of Romania", "Programme Rumäniens"), BASE + "/api/queries/programmes?country=RO"),
                        new Link(pick(lang, "Evidence", "Belege"), BASE + "/api/queries/evidence?resource=" + COP)),
                List.of(new Link("Turtle", BASE + path + "?format=ttl"), new Link("JSON-LD", BASE + path + "?format=jsonld"),
                        new Link("N-Triples", BASE + path + "?format=nt"), new Link("RDF/XML", BASE + path + "?format=rdf")));
    }

    static OntologyPage ontology(String lang) {
        String page = BASE + "/ontology" + (german(lang) ? "?lang=de" : "");
        TermDoc programme = new TermDoc("Programme", CPO + "Programme", pick(lang, "programme", "Programm"),
                pick(lang, "A public support instrument for clusters: a programme, initiative, strategy, project, plan, call, platform, network or fund.",
                        "Ein öffentliches Förderinstrument für Cluster: Programm, Initiative, Strategie, Projekt, Plan, Aufruf, Plattform, Netzwerk oder Fonds."),
                List.of(new Link("prov:Plan", "http://www.w3.org/ns/prov#Plan")), null, null);
        TermDoc organisation = new TermDoc("Organisation", CPO + "Organisation", pick(lang, "organisation", "Organisation"),
                null, List.of(new Link("org:Organization", "http://www.w3.org/ns/org#Organization")), null, null);
        TermDoc kind = new TermDoc("programmeKind", CPO + "programmeKind", pick(lang, "kind of instrument", "Art des Instruments"),
                pick(lang, "Whether the instrument is a programme, initiative, strategy, project, plan, call, platform, network or fund.",
                        "Ob das Instrument ein Programm, eine Initiative, Strategie, ein Projekt, Plan, Aufruf, eine Plattform, ein Netzwerk oder ein Fonds ist."),
                List.of(), new Link(programme.label(), page + "#Programme"), new Link(pick(lang, "kind of instrument", "Art des Instruments"), page + "#ProgrammeKind"));
        TermDoc startYear = new TermDoc("startYear", CPO + "startYear", pick(lang, "start year", "Startjahr"), null, List.of(),
                new Link(programme.label(), page + "#Programme"), new Link("xsd:gYear", XSD + "gYear"));
        SchemeDoc status = new SchemeDoc("PolicyStatusScheme", CPO + "PolicyStatusScheme", pick(lang, "policy status", "Stand der Clusterpolitik"),
                pick(lang, "How a country supports clusters.", "Wie ein Land Cluster fördert."), List.of(
                        new TermDoc("NationalProgramme", CPO + "NationalProgramme", pick(lang, "national programme", "nationales Programm"),
                                pick(lang, "The country has a national cluster programme.", "Das Land hat ein nationales Clusterprogramm."), List.of(), null, null),
                        new TermDoc("NoClusterPolicy", CPO + "NoClusterPolicy", pick(lang, "no cluster policy", "keine Clusterpolitik"), null, List.of(), null, null)));
        return new OntologyPage(frame(lang, "/ontology", pick(lang, "Cluster Policy Ontology", "Cluster-Policy-Ontologie")),
                pick(lang, "Cluster Policy Ontology", "Cluster-Policy-Ontologie"),
                pick(lang, "Classes and properties for national cluster policies in Europe.", "Klassen und Eigenschaften für nationale Clusterpolitik in Europa."),
                "0.1.0", List.of(programme, organisation), List.of(kind), List.of(startYear), List.of(status),
                List.of(new Link("Turtle", BASE + "/ontology?format=ttl"), new Link("JSON-LD", BASE + "/ontology?format=jsonld")));
    }

    static DownloadsPage downloadsPage(String lang) {
        return new DownloadsPage(frame(lang, "/download/", "Downloads"), downloads(), new Link("JSON", BASE + "/download/?format=json"));
    }

    static ErrorPage error(String lang) {
        return new ErrorPage(frame(lang, "/id/programme/nothing", pick(lang, "Not found", "Nicht gefunden")), 404,
                pick(lang, "The graph has nothing about /id/programme/nothing.", "Der Graph enthält nichts über /id/programme/nothing."));
    }
}

package org.w3id.clusterpolicy.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.clusterpolicy.cli.Version;
import org.w3id.clusterpolicy.lang.LanguageRegistry;
import org.w3id.clusterpolicy.lang.LanguageResources;
import org.w3id.clusterpolicy.rdf.OntologyConcepts;
import org.w3id.clusterpolicy.rdf.Vocab;
import org.w3id.clusterpolicy.store.GraphFiles;
import org.w3id.clusterpolicy.validate.ShapeValidator;

/**
 * A language is a folder: a language that exists only as files (a copy of the French folder under
 * the code "qaa", which ISO 639 reserves for local use, and a languages.yaml that names it) is
 * loaded, converts a text end to end, and the graph it writes conforms to the shapes written for
 * that registry, with no Java change. The packed shapes, which do not know the language, reject it.
 */
class SyntheticLanguageTest {
    private static final String CODE = "qaa";
    private static final String SAMPLE = """
            Luxembourg

            Au Luxembourg, la politique des clusters relève du Ministère de l’Économie. Elle est mise en œuvre par l’agence Luxinnovation.

            Le programme « Luxembourg Cluster Initiative » a été lancé en 2002 et réunit plus de 500 entreprises. Il est cofinancé par le Fonds européen de développement régional (FEDER).
            """;

    @TempDir
    static Path dir;
    private static LanguageRegistry registry;
    private static Graph graph;

    @BeforeAll
    static void convertASampleInALanguageThatIsOnlyFiles() throws IOException, URISyntaxException {
        Path packed = Path.of(LanguageResources.class.getResource("/org/w3id/clusterpolicy/lang/languages.yaml").toURI()).getParent();
        Path langs = dir.resolve("lang");
        List<String> codes = LanguageRegistry.listedCodes();
        for (String code : codes) {
            copyFolder(packed.resolve(code), langs.resolve(code), s -> s);
        }
        // The new language: the French files under another code, its rule ids renamed to carry it.
        copyFolder(packed.resolve("fr"), langs.resolve(CODE), s -> s.replace(".fr.", "." + CODE + ".").replace("code: fr", "code: " + CODE)
                .replace("name: Français", "name: Synthetic"));
        Files.writeString(langs.resolve("languages.yaml"),
                "languages: [" + String.join(", ", codes) + ", " + CODE + "]\nlabelLanguages: [en, de]\n");
        registry = LanguageRegistry.load(langs);

        Path source = Files.writeString(dir.resolve("luxembourg-synthetic.txt"), SAMPLE);
        Files.writeString(dir.resolve("luxembourg-synthetic.meta.json"), """
                {"title": "Luxembourg", "url": "https://example.org/luxembourg", "language": "%s", "publisher": "Test publisher",
                 "retrieved": "2026-11-25", "rights": "Written for this test."}
                """.formatted(CODE));
        Path out = dir.resolve("out");
        new Converter(registry, new OntologyConcepts(), Version.get())
                .convert(new ConversionOptions(List.of(source), null, out, Vocab.DEFAULT_BASE));
        graph = GraphFiles.load(out.resolve("cluster-policy.ttl")).getDefaultGraph();
    }

    private interface Edit {
        String apply(String text);
    }

    private static void copyFolder(Path from, Path to, Edit edit) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.writeString(to.resolve(f.getFileName().toString()), edit.apply(Files.readString(f)));
            }
        }
    }

    @Test
    void theRegistryKnowsTheLanguageFromItsFilesAlone() {
        assertTrue(registry.codes().contains(CODE), registry.codes().toString());
        assertEquals(CODE, registry.require(CODE).code());
        assertTrue(registry.require(CODE).ruleIds().stream().allMatch(id -> !id.contains(".fr.")));
    }

    @Test
    void theGraphConformsToTheShapesOfItsRegistry() {
        ValidationReport report = ShapeValidator.forLanguages(registry).validate(graph);
        assertTrue(report.conforms(), () -> report.getEntries().stream().limit(10).map(Object::toString).reduce("", (a, b) -> a + "\n" + b));
        assertFalse(new ShapeValidator().validate(graph).conforms(), "the packed shapes do not know the language " + CODE);
    }

    @Test
    void theTextAndTheNamesCarryTheNewLanguageAndItsRules() {
        Set<String> textLanguages = values("SELECT DISTINCT (LANG(?t) AS ?v) WHERE { ?s a cpo:Sentence ; cpo:text ?t }");
        assertEquals(Set.of(CODE), textLanguages);
        assertEquals(Set.of("Luxembourg Cluster Initiative@" + CODE),
                values("SELECT (CONCAT(STR(?l), '@', LANG(?l)) AS ?v) WHERE { ?p a cpo:Programme ; rdfs:label ?l }"));
        Set<String> roles = values("SELECT (CONCAT(STR(?type), ' ', STR(?name)) AS ?v) WHERE { ?r a cpo:RoleAssignment ; cpo:roleType/skos:notation ?type ; cpo:agent ?a . OPTIONAL { ?a rdfs:label ?name } }");
        assertTrue(roles.contains("responsible Ministère de l’Économie"), roles.toString());
        assertTrue(roles.contains("implementing Luxinnovation"), roles.toString());
        Set<String> rules = values("SELECT DISTINCT ?v WHERE { ?s cpo:extractionRule ?v FILTER(CONTAINS(?v, '." + CODE + ".')) }");
        assertTrue(rules.contains("role." + CODE + ".releve-de"), rules.toString());
        assertEquals(Set.of("http://publications.europa.eu/resource/authority/language/FRA"),
                values("SELECT (STR(?l) AS ?v) WHERE { ?d a cpo:SourceDocument ; dct:language ?l }"));
        assertEquals(Set.of("http://publications.europa.eu/resource/authority/country/LUX"),
                values("SELECT (STR(?c) AS ?v) WHERE { ?p a cpo:CountryProfile ; cpo:country ?c }"));
    }

    private static Set<String> values(String select) {
        Model m = ModelFactory.createModelForGraph(graph);
        String prefixes = "PREFIX cpo: <" + Vocab.CPO + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX dct: <http://purl.org/dc/terms/> ";
        Set<String> out = new TreeSet<>();
        try (var qe = QueryExecutionFactory.create(prefixes + select, m)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Node v = s.get("v") == null ? null : s.get("v").asNode();
                if (v != null) {
                    out.add(v.isLiteral() ? v.getLiteralLexicalForm() : v.toString());
                }
            }
        }
        return out;
    }
}

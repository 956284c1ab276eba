package org.w3id.clusterpolicy.server;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.w3id.clusterpolicy.store.DumpInfo;
import org.w3id.clusterpolicy.query.CannedQuery;
import org.w3id.clusterpolicy.query.Parameter;
import org.w3id.clusterpolicy.rdf.Vocab;
import org.w3id.clusterpolicy.server.html.Browse;
import org.w3id.clusterpolicy.server.html.HtmlRenderer;
import org.w3id.clusterpolicy.server.html.Pages;

/** Builds the models of the home, downloads and error pages and renders every page. */
final class HtmlPages implements HtmlViews {
    private final ServedData data;
    private final HtmlRenderer renderer = new HtmlRenderer();
    private final ResourcePages resources;
    private final OntologyPages ontology;
    private final List<Pages.Credit> credits = credits();
    private final ProfileHub hub;
    private final DocumentPages documents;
    private final ResourceLists lists;
    private final PageQueries queries;

    HtmlPages(ServedData data, String version) {
        this.data = data;
        this.resources = new ResourcePages(data);
        this.ontology = new OntologyPages(data, version);
        this.queries = new PageQueries(data);
        this.hub = new ProfileHub(queries);
        this.documents = new DocumentPages(queries);
        this.lists = new ResourceLists(queries);
    }

    PageKit kit(HttpServletRequest req) {
        return new PageKit(req, data, renderer);
    }

    PageQueries queries() {
        return queries;
    }

    ResourceLists lists() {
        return lists;
    }

    HtmlRenderer renderer() {
        return renderer;
    }

    @Override
    public String home(HttpServletRequest req) {
        PageKit kit = new PageKit(req, data, renderer);
        List<Pages.Link> sources = new ArrayList<>();
        data.graph().find(Node.ANY, Vocab.TYPE, Vocab.cpo("SourceDocument")).toList().stream()
                .map(t -> t.getSubject()).sorted((a, b) -> a.getURI().compareTo(b.getURI())).forEach(doc -> {
                    Node page = kit.value(doc, Vocab.cpo("sourcePage"));
                    sources.add(new Pages.Link(kit.label(doc) + " (" + languageOf(kit, doc) + ")",
                            page != null ? page.getURI() : kit.href(doc)));
                });
        List<Pages.Count> counts = new ArrayList<>();
        for (GraphCounts.Count c : GraphCounts.of(data)) {
            counts.add(new Pages.Count(kit.msg("count." + c.kind()), c.value()));
        }
        return renderer.render(new Pages.HomePage(kit.frame("/", kit.msg("dataset.title")), kit.msg("dataset.title"),
                kit.msg("dataset.description"), sources,
                new Pages.Link(kit.msg("licence.name"), "https://creativecommons.org/licenses/by/4.0/"),
                counts, countries(kit), queryForms(kit), downloadRows(kit),
                new Pages.Link(kit.msg("service.endpoint"), "/sparql"),
                new Pages.Link(kit.msg("service.serviceDescription"), "/sparql"),
                new Pages.Link(kit.msg("service.catalog"), "/catalog"),
                new Pages.Link(kit.msg("service.void"), "/.well-known/void"),
                new Pages.Link(kit.msg("service.openApi"), "/api/openapi.json"),
                new Pages.Link(kit.msg("service.ontology"), kit.local("/ontology")), credits));
    }

    /** The packages the browser side ships (see src/main/web/build.mjs), with their licence texts. */
    private static List<Pages.Credit> credits() {
        try (java.io.InputStream in = HtmlPages.class.getResourceAsStream(StaticRoute.FOLDER + "licenses/index.json")) {
            if (in == null) {
                return List.of();
            }
            List<Pages.Credit> out = new ArrayList<>();
            for (var p : org.w3id.clusterpolicy.server.http.Http.JSON.readTree(in)) {
                out.add(new Pages.Credit(p.path("name").asText(), p.path("version").asText(), p.path("license").asText(),
                        new Pages.Link(p.path("name").asText(), p.path("homepage").asText()),
                        new Pages.Link(p.path("license").asText(), "/static/licenses/" + p.path("file").asText())));
            }
            return List.copyOf(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String languageOf(PageKit kit, Node doc) {
        Node l = kit.value(doc, Vocab.DCT_LANGUAGE);
        return l == null ? "" : kit.label(l);
    }

    /** The countries table, from the canned query "countries" (so the page and the API agree). */
    private List<Pages.CountryRow> countries(PageKit kit) {
        CannedQuery q = data.queries().get("countries").orElseThrow();
        RowSetRewindable rows = data.rows(q, Map.of("lang", kit.lang));
        List<Pages.CountryRow> out = new ArrayList<>();
        while (rows.hasNext()) {
            Binding b = rows.next();
            Node country = b.get("country");
            Node profile = kit.profileOf(country);
            Node status = b.get("statusLabel");
            out.add(new Pages.CountryRow(b.get("iso3").getLiteralLexicalForm(), b.get("label").getLiteralLexicalForm(),
                    new Pages.Link(b.get("label").getLiteralLexicalForm(), kit.href(profile)),
                    status == null ? null : status.getLiteralLexicalForm(),
                    Long.parseLong(b.get("programmes").getLiteralLexicalForm()),
                    Long.parseLong(b.get("organisations").getLiteralLexicalForm())));
        }
        return out;
    }

    private List<Pages.QueryForm> queryForms(PageKit kit) {
        List<Pages.QueryForm> out = new ArrayList<>();
        for (CannedQuery q : data.queries().all()) {
            List<Pages.QueryField> fields = new ArrayList<>();
            Map<String, String> examples = new LinkedHashMap<>();
            for (Parameter p : q.parameters()) {
                fields.add(new Pages.QueryField(p.name(), p.type().id(), p.required(), p.example(), p.description(), p.defaultValue()));
                if (p.example() != null) {
                    examples.put(p.name(), p.example());
                }
            }
            StringBuilder example = new StringBuilder("/api/queries/" + q.name());
            String sep = "?";
            for (var e : examples.entrySet()) {
                example.append(sep).append(e.getKey()).append('=').append(java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8));
                sep = "&";
            }
            out.add(new Pages.QueryForm(q.name(), q.title(), q.description(), "/api/queries/" + q.name(), fields,
                    new Pages.Link(q.title(), example.toString())));
        }
        return out;
    }

    private List<Pages.DownloadRow> downloadRows(PageKit kit) {
        List<Pages.DownloadRow> out = new ArrayList<>();
        for (DumpInfo f : data.downloads().files()) {
            Node type = Vocab.iri(Vocab.AUTHORITY + "file-type/" + f.fileType());
            String format = kit.label(type) + (f.gzipped() ? ", gzip" : "");
            out.add(new Pages.DownloadRow(f.fileName(), "/download/" + f.fileName(), f.mediaType(), format, f.byteSize(), f.sha256()));
        }
        return out;
    }

    /**
     * The page of a resource: a country profile as a hub of its facts with their evidence, a source
     * document as its text with the extracted sentences marked, anything else as its statements.
     */
    @Override
    public String resource(HttpServletRequest req, Node resource) {
        PageKit kit = kit(req);
        Pages.ResourcePage described = resources.page(kit, req, resource);
        List<Pages.Link> queryLinks = new ArrayList<>(described.queries());
        if (!described.inverse().isEmpty()) {
            queryLinks.add(new Pages.Link(kit.msg("related.inverse"), queries.editorHref(kit, "inverse", Map.of("resource", resource.getURI()))));
        }
        Pages.ResourcePage page = new Pages.ResourcePage(described.frame(), described.iri(), described.label(), described.types(),
                described.properties(), described.inverse(), described.evidence(), queryLinks, described.alternates());
        if (kit.graph().contains(resource, Vocab.TYPE, Vocab.cpo("CountryProfile"))) {
            // the evidence stands beside each fact, not in a block at the bottom
            Pages.ResourcePage statements = new Pages.ResourcePage(page.frame(), page.iri(), page.label(), page.types(), page.properties(),
                    page.inverse(), List.of(), page.queries(), page.alternates());
            Node country = kit.value(resource, Vocab.COUNTRY);
            return renderer.render(new Browse.ProfilePage(page.frame(), statements, country == null ? page.label() : kit.label(country),
                    new Pages.Link(kit.msg("hub.map"), kit.local("/map")), hub.sections(kit, resource)));
        }
        if (kit.graph().contains(resource, Vocab.TYPE, Vocab.cpo("SourceDocument"))) {
            String textProperty = kit.href(Vocab.TEXT);
            Pages.ResourcePage statements = new Pages.ResourcePage(page.frame(), page.iri(), page.label(), page.types(),
                    page.properties().stream().filter(r -> !textProperty.equals(r.property().href())).toList(),
                    page.inverse(), page.evidence(), page.queries(), page.alternates());
            Node text = kit.value(resource, Vocab.TEXT);
            List<Browse.TextPart> parts = documents.text(kit, resource);
            return renderer.render(new Browse.DocumentPage(page.frame(), statements, text == null ? null : text.getLiteralLanguage(), parts,
                    parts.stream().filter(p -> p.anchor() != null).count()));
        }
        return renderer.render(page);
    }

    @Override
    public String ontology(HttpServletRequest req) {
        return renderer.render(data.read(() -> ontology.page(new PageKit(req, data, renderer))));
    }

    @Override
    public String downloads(HttpServletRequest req) {
        PageKit kit = new PageKit(req, data, renderer);
        List<Pages.DownloadRow> rows = data.read(() -> downloadRows(kit));
        return renderer.render(new Pages.DownloadsPage(kit.frame("/download/", kit.msg("page.downloads")), rows,
                new Pages.Link("/download/index.json", "/download/index.json")));
    }

    @Override
    public String error(HttpServletRequest req, int status, String message) {
        PageKit kit = new PageKit(req, data, renderer);
        String path = req.getRequestURI().substring(req.getContextPath().length());
        return renderer.render(new Pages.ErrorPage(kit.frame(path, kit.msg("page.error") + " " + status), status, message));
    }
}

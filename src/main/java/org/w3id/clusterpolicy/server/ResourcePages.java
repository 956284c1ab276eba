package org.w3id.clusterpolicy.server;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.w3id.clusterpolicy.rdf.Vocab;
import org.w3id.clusterpolicy.server.http.RdfFormat;
import org.w3id.clusterpolicy.server.html.Pages;

/**
 * The model of a resource page: its label, types, statements, the statements that point to it,
 * the sentences it comes from (for a country profile: those of the assertions about it), links to
 * canned queries about it, and its RDF formats.
 */
final class ResourcePages {
    private final ServedData data;

    ResourcePages(ServedData data) {
        this.data = data;
    }

    Pages.ResourcePage page(PageKit kit, HttpServletRequest req, Node r) {
        Graph g = kit.graph();
        String path = "/id/" + r.getURI().substring(data.base().length());
        List<Pages.Link> types = g.find(r, Vocab.TYPE, Node.ANY).toList().stream().map(Triple::getObject)
                .sorted(Comparator.comparing(Node::getURI)).map(kit::link).toList();
        List<Pages.PropertyRow> properties = rows(kit, g.find(r, Node.ANY, Node.ANY).toList(), false);
        List<Pages.PropertyRow> inverse = rows(kit, g.find(Node.ANY, Node.ANY, r).toList(), true);
        List<Pages.Link> alternates = new ArrayList<>();
        for (RdfFormat f : RdfFormat.values()) {
            alternates.add(new Pages.Link(f.label(), path + "." + f.suffix()));
        }
        return new Pages.ResourcePage(kit.frame(path, kit.label(r)), r.getURI(), kit.label(r), types, properties, inverse,
                evidence(kit, r), related(kit, r), alternates);
    }

    /** Statements grouped by property (sorted by the property's label); values sorted by text. */
    private static List<Pages.PropertyRow> rows(PageKit kit, List<Triple> triples, boolean inverse) {
        Map<String, List<Pages.Value>> byProperty = new TreeMap<>();
        Map<String, Node> properties = new TreeMap<>();
        for (Triple t : triples) {
            if (!inverse && t.getPredicate().equals(Vocab.TYPE)) {
                continue; // shown as the types
            }
            String key = kit.label(t.getPredicate()) + "\u0000" + t.getPredicate().getURI();
            properties.put(key, t.getPredicate());
            Node v = inverse ? t.getSubject() : t.getObject();
            byProperty.computeIfAbsent(key, k -> new ArrayList<>()).add(value(kit, v));
        }
        List<Pages.PropertyRow> out = new ArrayList<>();
        byProperty.forEach((key, values) -> {
            values.sort(Comparator.comparing(Pages.Value::text));
            out.add(new Pages.PropertyRow(kit.link(properties.get(key)), values));
        });
        return out;
    }

    private static Pages.Value value(PageKit kit, Node v) {
        if (v.isLiteral()) {
            String lang = v.getLiteralLanguage();
            return new Pages.Value(v.getLiteralLexicalForm(), null, lang == null || lang.isEmpty() ? null : lang,
                    lang == null || lang.isEmpty() ? v.getLiteralDatatypeURI() : null);
        }
        return new Pages.Value(kit.label(v), kit.href(v), null, null);
    }

    private static List<Pages.EvidenceRow> evidence(PageKit kit, Node r) {
        Graph g = kit.graph();
        Set<Node> sentences = new LinkedHashSet<>();
        g.find(r, Vocab.DERIVED_FROM, Node.ANY).forEachRemaining(t -> sentences.add(t.getObject()));
        if (g.contains(r, Vocab.TYPE, Vocab.cpo("CountryProfile"))) {
            g.find(Node.ANY, Vocab.cpo("about"), r).forEachRemaining(a ->
                    g.find(a.getSubject(), Vocab.DERIVED_FROM, Node.ANY).forEachRemaining(t -> sentences.add(t.getObject())));
        }
        List<Pages.EvidenceRow> out = new ArrayList<>();
        for (Node s : sentences) {
            Node text = kit.value(s, Vocab.TEXT);
            Node doc = kit.value(s, Vocab.DOCUMENT);
            if (text == null || doc == null) {
                continue;
            }
            Node page = kit.value(doc, Vocab.cpo("sourcePage"));
            out.add(new Pages.EvidenceRow(text.getLiteralLexicalForm(), text.getLiteralLanguage(), kit.link(s), kit.link(doc),
                    page == null ? null : new Pages.Link(page.getURI(), page.getURI()),
                    Long.parseLong(kit.value(s, Vocab.NIF_BEGIN).getLiteralLexicalForm()),
                    Long.parseLong(kit.value(s, Vocab.NIF_END).getLiteralLexicalForm())));
        }
        out.sort(Comparator.comparing((Pages.EvidenceRow e) -> e.document().href()).thenComparingLong(Pages.EvidenceRow::start));
        return out;
    }

    /** Canned queries about the resource: per country for a profile, the evidence query for anything with evidence. */
    private static List<Pages.Link> related(PageKit kit, Node r) {
        Graph g = kit.graph();
        List<Pages.Link> out = new ArrayList<>();
        if (g.contains(r, Vocab.TYPE, Vocab.cpo("CountryProfile"))) {
            Node country = kit.value(r, Vocab.COUNTRY);
            Node iso3 = country == null ? null : kit.value(country, Vocab.cpo("isoAlpha3"));
            if (iso3 != null) {
                String code = iso3.getLiteralLexicalForm();
                for (String[] q : new String[][] {{"country-profile", "related.countryProfile"}, {"programmes", "related.programmes"},
                    {"organisations", "related.organisations"}, {"timeline", "related.timeline"}, {"quantities", "related.quantities"}}) {
                    out.add(new Pages.Link(kit.msg(q[1]), "/api/queries/" + q[0] + "?country=" + code + "&lang=" + kit.lang));
                }
            }
        }
        if (g.contains(r, Vocab.DERIVED_FROM, Node.ANY) || g.contains(r, Vocab.TYPE, Vocab.cpo("CountryProfile"))) {
            out.add(new Pages.Link(kit.msg("related.evidence"), "/api/queries/evidence?resource="
                    + java.net.URLEncoder.encode(r.getURI(), java.nio.charset.StandardCharsets.UTF_8)));
        }
        return out;
    }
}

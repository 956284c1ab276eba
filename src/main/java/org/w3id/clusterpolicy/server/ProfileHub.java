package org.w3id.clusterpolicy.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.clusterpolicy.server.html.Browse;
import org.w3id.clusterpolicy.server.html.Pages;

/**
 * The country profile as a hub: its status, programmes, organisations with their roles, timeline,
 * quantities, sectors (with NACE), regions (with NUTS), funding sources and partner countries, in
 * that order, each fact beside the sentence it comes from with a link into the source text. One
 * query a section ({@code server/queries/profile-*.rq}), each offered in the editor.
 */
final class ProfileHub {
    /** A column of a section: the variable, the variable holding its label (or null), the key of its heading. */
    private record Column(String var, String label) {}

    /** A section: its id, its query, the columns that make a fact one fact, and the columns whose values are merged. */
    private record Section(String id, String query, List<Column> key, List<Column> merged) {}

    private static final List<Section> SECTIONS = List.of(
            new Section("status", "profile-status", List.of(new Column("status", "statusLabel")), List.of()),
            new Section("programmes", "profile-programmes", List.of(new Column("programme", "programmeLabel")),
                    List.of(new Column("acronym", null), new Column("kind", "kindLabel"), new Column("startYear", null), new Column("endYear", null))),
            new Section("organisations", "profile-organisations",
                    List.of(new Column("organisation", "organisationLabel"), new Column("roleType", "roleTypeLabel"), new Column("roleIn", "roleInLabel")),
                    List.of(new Column("acronym", null), new Column("kind", "kindLabel"))),
            new Section("timeline", "profile-timeline", List.of(new Column("event", null)),
                    List.of(new Column("startYear", null), new Column("endYear", null), new Column("yearMonth", null),
                            new Column("eventType", "eventTypeLabel"), new Column("subject", "subjectLabel"))),
            new Section("quantities", "profile-quantities", List.of(new Column("quantity", null)),
                    List.of(new Column("value", null), new Column("qualifier", "qualifierLabel"), new Column("counted", null),
                            new Column("countedThing", "countedThingLabel"), new Column("referenceDate", null))),
            new Section("sectors", "profile-sectors", List.of(new Column("sector", "sectorLabel")), List.of(new Column("nace", "naceCode"))),
            new Section("regions", "profile-regions", List.of(new Column("region", "regionLabel")), List.of(new Column("nuts", "nutsCode"))),
            new Section("funding", "profile-funding", List.of(new Column("fund", "fundLabel")), List.of()),
            new Section("partners", "profile-partners", List.of(new Column("partner", "partnerLabel")), List.of(new Column("via", "viaLabel"))));

    private final PageQueries queries;

    ProfileHub(PageQueries queries) {
        this.queries = queries;
    }

    /** The sections of a profile's page, in their order. */
    List<Browse.HubSection> sections(PageKit kit, Node profile) {
        List<Browse.HubSection> out = new ArrayList<>();
        for (Section s : SECTIONS) {
            PageQueries.Result result = queries.run(kit, s.query(), Map.of("profile", profile.getURI()));
            List<Column> columns = new ArrayList<>(s.key());
            columns.addAll(s.merged());
            Map<String, List<Set<Pages.Link>>> cells = new LinkedHashMap<>();
            Map<String, Set<Browse.Evidence>> evidence = new LinkedHashMap<>();
            for (Binding b : result.rows()) {
                StringBuilder key = new StringBuilder();
                for (Column c : s.key()) {
                    key.append(b.get(c.var())).append('\u0000');
                }
                List<Set<Pages.Link>> row = cells.computeIfAbsent(key.toString(), k -> {
                    List<Set<Pages.Link>> fresh = new ArrayList<>();
                    columns.forEach(c -> fresh.add(new LinkedHashSet<>()));
                    return fresh;
                });
                for (int i = 0; i < columns.size(); i++) {
                    Pages.Link link = link(kit, b, columns.get(i));
                    if (link != null && (i >= s.key().size() || row.get(i).isEmpty())) {
                        row.get(i).add(link);
                    }
                }
                Browse.Evidence e = evidence(kit, b);
                Set<Browse.Evidence> es = evidence.computeIfAbsent(key.toString(), k -> new LinkedHashSet<>());
                if (e != null) {
                    es.add(e);
                }
            }
            List<Browse.Fact> facts = new ArrayList<>();
            cells.forEach((key, row) -> {
                List<Browse.Evidence> es = List.copyOf(evidence.get(key));
                boolean same = !facts.isEmpty() && !es.isEmpty() && facts.get(facts.size() - 1).evidence().equals(es);
                facts.add(new Browse.Fact(row.stream().map(List::copyOf).toList(), es, same));
            });
            List<String> heads = columns.stream().map(c -> kit.msg("hub.col." + c.var())).toList();
            out.add(new Browse.HubSection(s.id(), kit.msg("hub." + s.id()), kit.msg("hub." + s.id() + ".intro"), heads, facts,
                    new Pages.Link(kit.msg("hub.editor"), result.editorHref())));
        }
        return out;
    }

    /** A value as a link: a resource shows its label (from the query, else the graph) and links to its page; a literal is text. */
    private static Pages.Link link(PageKit kit, Binding b, Column c) {
        Node n = b.get(c.var());
        if (n == null) {
            return null;
        }
        Browse.Cell cell = kit.cell(n);
        Node label = c.label() == null ? null : b.get(c.label());
        return new Pages.Link(label != null ? label.getLiteralLexicalForm() : cell.text(), cell.href());
    }

    private static Browse.Evidence evidence(PageKit kit, Binding b) {
        Node text = b.get("evidence");
        Node document = b.get("document");
        if (text == null || document == null || b.get("begin") == null || b.get("end") == null) {
            return null;
        }
        String anchor = "#sentence-" + b.get("begin").getLiteralLexicalForm() + "-" + b.get("end").getLiteralLexicalForm();
        return new Browse.Evidence(text.getLiteralLexicalForm(), text.getLiteralLanguage(), kit.href(document) + anchor,
                b.get("sentence") == null ? null : kit.href(b.get("sentence")));
    }
}

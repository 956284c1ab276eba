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
import org.w3id.clusterpolicy.store.Prefixes;

/**
 * The lists of resources: {@code /id/} names every kind with a link to its list, {@code /id/{kind}/}
 * lists the resources of that kind (every IRI below it) with their labels, acronyms, countries and,
 * for country profiles, policy status. One query a list.
 */
final class ResourceLists {
    /** The kinds, in the order the index shows them: resources first, then concepts. */
    static final List<String> KINDS = kinds();

    private final PageQueries queries;

    ResourceLists(PageQueries queries) {
        this.queries = queries;
    }

    private static List<String> kinds() {
        List<String> out = new ArrayList<>(List.of(Prefixes.RESOURCE_KINDS));
        out.addAll(List.of(Prefixes.CONCEPT_KINDS));
        return List.copyOf(out);
    }

    /** Whether a path below /id/ names a list: "" (the index) or a kind followed by a slash. */
    static boolean isList(String rest) {
        return rest.isEmpty() || rest.endsWith("/") && KINDS.contains(rest.substring(0, rest.length() - 1));
    }

    Browse.ListPage page(PageKit kit, String rest) {
        List<Pages.Link> kinds = new ArrayList<>();
        for (String k : KINDS) {
            kinds.add(new Pages.Link(kindName(kit, k), kit.local("/id/" + k + "/")));
        }
        if (rest.isEmpty()) {
            return new Browse.ListPage(kit.frame("/id/", kit.msg("list.index")), kit.msg("list.index"), kit.msg("list.index.intro"), null, kinds);
        }
        String kind = rest.substring(0, rest.length() - 1);
        PageQueries.Result result = queries.run(kit, "list", Map.of("prefix", kit.data().base() + kind + "/"));
        Map<Node, List<Set<Browse.Cell>>> rows = new LinkedHashMap<>();
        String[] columns = {"label", "acronym", "country", "status", "type"};
        for (Binding b : result.rows()) {
            List<Set<Browse.Cell>> row = rows.computeIfAbsent(b.get("resource"), r -> {
                List<Set<Browse.Cell>> fresh = new ArrayList<>();
                for (int i = 0; i < columns.length; i++) {
                    fresh.add(new LinkedHashSet<>());
                }
                return fresh;
            });
            for (int i = 0; i < columns.length; i++) {
                Node n = b.get(columns[i]);
                if (n == null || (i == 0 && !row.get(0).isEmpty())) {
                    continue;
                }
                row.get(i).add(i == 0 ? new Browse.Cell(n.getLiteralLexicalForm(), kit.href(b.get("resource")), b.get("resource").getURI(), null, false)
                        : kit.cell(n));
            }
        }
        // a column no resource has a value in is left out
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            final int c = i;
            if (i == 0 || rows.values().stream().anyMatch(r -> !r.get(c).isEmpty())) {
                shown.add(i);
            }
        }
        List<Browse.Row> table = new ArrayList<>();
        rows.forEach((resource, row) -> {
            List<Browse.Cell> cells = new ArrayList<>();
            for (int i : shown) {
                if (i == 0 && row.get(0).isEmpty()) {
                    cells.add(new Browse.Cell(kit.label(resource), kit.href(resource), resource.getURI(), null, false));
                } else {
                    cells.add(join(row.get(i)));
                }
            }
            table.add(new Browse.Row(cells));
        });
        String heading = kindName(kit, kind);
        return new Browse.ListPage(kit.frame("/id/" + kind + "/", heading), heading, kit.msg("list.intro") + " " + table.size(),
                new Browse.Table(shown.stream().map(i -> kit.msg("list.col." + columns[i])).toList(), table), kinds);
    }

    /** Several values in one cell: the texts joined; the link kept when there is one value. */
    private static Browse.Cell join(Set<Browse.Cell> cells) {
        if (cells.size() == 1) {
            return cells.iterator().next();
        }
        return new Browse.Cell(String.join(", ", cells.stream().map(Browse.Cell::text).toList()), null, null, null, false);
    }

    static String kindName(PageKit kit, String kind) {
        String key = "kind." + kind;
        return kit.messages.containsKey(key) ? kit.msg(key) : kind;
    }
}

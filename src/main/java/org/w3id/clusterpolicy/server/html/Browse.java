package org.w3id.clusterpolicy.server.html;

import java.util.List;
import org.w3id.clusterpolicy.server.html.Pages.EvidenceRow;
import org.w3id.clusterpolicy.server.html.Pages.Frame;
import org.w3id.clusterpolicy.server.html.Pages.Link;
import org.w3id.clusterpolicy.server.html.Pages.ResourcePage;

/**
 * The models of the pages for working with the graph in a browser: the query editor, canned
 * queries as pages, the map, the country profile as a hub, a source document with its sentences
 * marked, the conversion report, lists and search. Plain data, as in {@link Pages}.
 */
public final class Browse {
    private Browse() {}

    // --- tables of results -----------------------------------------------------------------

    /** One value in a table cell: text, an optional link, a title (the full IRI), the language of a literal. */
    public record Cell(String text, String href, String title, String lang, boolean numeric) {}

    public record Row(List<Cell> cells) {}

    public record Table(List<String> columns, List<Row> rows) {}

    // --- the query editor ------------------------------------------------------------------

    /** A canned query the editor offers as an example: it opens in a tab of its own. */
    public record Example(int index, String name, String title, String description, String href) {}

    public record EditorPage(Frame frame, String configJson, List<Link> prefixes, List<Example> examples, String endpoint,
                             String query, String scriptHref, String editorScriptHref, String editorStyleHref) {}

    // --- canned queries as pages -------------------------------------------------------------

    public record Option(String value, String text, boolean selected) {}

    /** A form field of a query parameter: a select when {@code options} is not empty, else an input of {@code type}. */
    public record Field(String id, String name, String label, String type, boolean required, String description, String value,
                        String example, List<Option> options) {}

    /** What a map of a query's result can show: its numeric columns and the filters of its other columns. */
    public record MapChoice(String action, List<Pages.QueryField> hidden, List<Option> columns, List<Option> filters) {}

    public record QueryPage(Frame frame, String name, String title, String description, String action, List<Field> fields,
                            String error, Table table, List<Link> formats, Link editor, MapChoice map, Link catalogue) {}

    public record QueryListPage(Frame frame, List<Pages.Link> queries, List<String> descriptions) {}

    // --- the map -----------------------------------------------------------------------------

    /** A country shape: its SVG path, its link (null for countries the graph has no profile of), its fill, its name and value. */
    public record Shape(String d, String href, String fill, String label, String value) {}

    public record LegendEntry(String fill, String label, long count) {}

    public record MapPage(Frame frame, String heading, String intro, int width, int height, List<Shape> shapes,
                          List<LegendEntry> legend, String legendTitle, Table table, Link editor, List<Link> choices, String source) {}

    // --- the country profile as a hub --------------------------------------------------------

    /** A sentence a fact comes from, with the link into its source text. */
    public record Evidence(String text, String lang, String sourceHref, String sentenceHref) {}

    /**
     * One fact of a section: its cells (each may hold several values), the sentences it comes from,
     * and whether those are the sentences of the fact above (then shown once, above).
     */
    public record Fact(List<List<Link>> cells, List<Evidence> evidence, boolean sameEvidenceAsAbove) {}

    public record HubSection(String id, String heading, String intro, List<String> columns, List<Fact> facts, Link editor) {}

    public record ProfilePage(Frame frame, ResourcePage resource, String countryLabel, Link map, List<HubSection> sections) {}

    // --- a source document with its sentences marked ---------------------------------------

    /** A stretch of the text: plain, or an extracted sentence with its anchor and the link to its page. */
    public record TextPart(String text, String anchor, String sentenceHref, long facts) {}

    public record DocumentPage(Frame frame, ResourcePage resource, String lang, List<TextPart> text, long sentences) {}

    // --- the conversion report -----------------------------------------------------------------

    /**
     * A stretch of a source: its offsets, what it is, the country and rule that decided it, the facts found there, and
     * whether the report lists it among those decided by a rule other than a heading or a mention.
     */
    public record Stretch(long start, long end, String text, String role, Link country, String rule, String reason, List<String> facts,
                          boolean otherRule) {}

    public record ReportSource(String id, String title, Link document, Link page, List<Link> facts, List<Stretch> stretches,
                               List<String> warnings) {}

    public record ReportPage(Frame frame, List<Pages.Count> totals, List<Pages.Count> facts, List<ReportSource> sources,
                             List<String> warnings, String json) {}

    // --- lists and search -------------------------------------------------------------------

    public record ListPage(Frame frame, String heading, String intro, Table table, List<Link> kinds) {}

    public record SearchHit(Link resource, String kind, String matched, String matchedLang, String country) {}

    public record SearchPage(Frame frame, String query, List<SearchHit> hits, boolean truncated) {}

    // --- shared with the older pages ---------------------------------------------------------

    /** Evidence rows of {@link Pages} carry what {@link Evidence} needs. */
    public static Evidence evidence(EvidenceRow row) {
        String doc = row.document() == null ? null : row.document().href();
        return new Evidence(row.text(), row.lang(), doc == null ? null : doc + "#sentence-" + row.start() + "-" + row.end(),
                row.sentence() == null ? null : row.sentence().href());
    }
}

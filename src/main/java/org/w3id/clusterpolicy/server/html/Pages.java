package org.w3id.clusterpolicy.server.html;

import java.util.List;

/**
 * The models of the HTML pages: plain data the servlets fill in and the templates render. Hrefs
 * are absolute or server-relative; texts are in the page's language already, except the labels
 * of the graph, which keep theirs ({@link Value#lang()}).
 */
public final class Pages {
    private Pages() {}

    /** A link: text and target. */
    public record Link(String text, String href) {}

    /**
     * What every page shares: its language ("en" or "de"), the link that shows the same page in the
     * other language, the link home, and the page title.
     */
    public record Frame(String lang, String otherLang, String otherLangHref, String homeHref, String title, List<Link> nav, Search search) {
        /** A frame without the site navigation and the search box. */
        public Frame(String lang, String otherLang, String otherLangHref, String homeHref, String title) {
            this(lang, otherLang, otherLangHref, homeHref, title, List.of(), null);
        }
    }

    /** The search box every page carries: where it sends the text, the language to keep (or null), the text asked for. */
    public record Search(String action, String lang, String query) {}

    public record Count(String label, long value) {}

    public record CountryRow(String iso3, String label, Link page, String status, long programmes, long organisations) {}

    public record QueryField(String name, String type, boolean required, String example, String description, String defaultValue) {}

    /** A canned query: its form posts (GET) to {@code action}; {@code example} runs it with its examples. */
    public record QueryForm(String name, String title, String description, String action, List<QueryField> fields, Link example) {}

    public record DownloadRow(String fileName, String href, String mediaType, String format, long byteSize, String sha256) {}

    public record HomePage(Frame frame, String datasetTitle, String datasetDescription, List<Link> sources, Link licence,
                           List<Count> counts, List<CountryRow> countries, List<QueryForm> queries, List<DownloadRow> downloads,
                           Link endpoint, Link serviceDescription, Link catalog, Link voidDescription, Link openApi, Link ontology,
                           List<Credit> credits) {}

    /** A software package whose code or data the service ships, with its licence text. */
    public record Credit(String name, String version, String licence, Link homepage, Link licenceText) {}

    /** A value of a property: text, link (null for literals), language tag and datatype of literals. */
    public record Value(String text, String href, String lang, String datatype) {}

    public record PropertyRow(Link property, List<Value> values) {}

    /** A sentence a fact came from, with its document, web page and offsets. */
    public record EvidenceRow(String text, String lang, Link sentence, Link document, Link sourcePage, long start, long end) {}

    public record ResourcePage(Frame frame, String iri, String label, List<Link> types, List<PropertyRow> properties,
                               List<PropertyRow> inverse, List<EvidenceRow> evidence, List<Link> queries, List<Link> alternates) {}

    /** A class, property or concept of the ontology; {@code id} is its anchor on the page. */
    public record TermDoc(String id, String iri, String label, String comment, List<Link> superTerms, Link domain, Link range) {}

    public record SchemeDoc(String id, String iri, String label, String comment, List<TermDoc> concepts) {}

    public record OntologyPage(Frame frame, String title, String description, String version, List<TermDoc> classes,
                               List<TermDoc> objectProperties, List<TermDoc> datatypeProperties, List<SchemeDoc> schemes,
                               List<Link> alternates) {}

    public record DownloadsPage(Frame frame, List<DownloadRow> downloads, Link json) {}

    public record ErrorPage(Frame frame, int status, String message) {}
}

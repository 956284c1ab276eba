package org.w3id.clusterpolicy.rdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.w3id.clusterpolicy.attribute.AttributedDocument;
import org.w3id.clusterpolicy.attribute.Attribution;
import org.w3id.clusterpolicy.extract.Evidence;
import org.w3id.clusterpolicy.lang.Country;
import org.w3id.clusterpolicy.lang.LanguageRegistry;
import org.w3id.clusterpolicy.lang.LanguageResources;
import org.w3id.clusterpolicy.source.SourceDocument;
import org.w3id.clusterpolicy.source.SourceMetadata;

/**
 * Describes where facts come from: the source document (address, language, publisher, dates, full
 * text), its country sections (character offsets, the rule that assigned them) and the sentences
 * facts cite. Offsets in the graph count Unicode code points, as NIF prescribes.
 */
final class EvidenceMapper {
    private final IriMinter iris;
    private final LanguageRegistry languages;

    EvidenceMapper(IriMinter iris, LanguageRegistry languages) {
        this.iris = iris;
        this.languages = languages;
    }

    void document(Triples t, SourceDocument doc, java.time.YearMonth statedPageDate) {
        Node d = iris.document(doc.id());
        SourceMetadata m = doc.metadata();
        String lang = doc.language();
        t.add(d, Vocab.TYPE, Vocab.cpo("SourceDocument"));
        String title = m.title() != null ? m.title() : doc.id();
        t.text(d, Vocab.LABEL, title, lang);
        t.text(d, Vocab.DCT_TITLE, title, lang);
        if (m.url() != null) {
            t.add(d, Vocab.cpo("sourcePage"), Vocab.iri(m.url()));
        }
        t.add(d, Vocab.DCT_LANGUAGE, Vocab.iri(Vocab.AUTHORITY + "language/" + languages.require(lang).authorityCode()));
        if (m.publisher() != null) {
            Node agent = iris.agent(m.publisher());
            t.add(d, Vocab.DCT_PUBLISHER, agent);
            t.add(agent, Vocab.TYPE, Vocab.FOAF_AGENT);
            t.text(agent, Vocab.FOAF_NAME, m.publisher(), "en");
            t.text(agent, Vocab.LABEL, m.publisher(), "en");
        }
        if (m.retrieved() != null) {
            t.date(d, Vocab.cpo("retrieved"), m.retrieved());
        }
        java.time.YearMonth pageDate = m.pageDate() != null ? m.pageDate() : statedPageDate;
        if (pageDate != null) {
            t.yearMonth(d, Vocab.DCT_MODIFIED, pageDate);
        }
        t.text(d, Vocab.DCT_RIGHTS, m.rights(), "en");
        t.text(d, Vocab.TEXT, doc.text(), lang);
        t.offset(d, Vocab.NIF_BEGIN, 0);
        t.offset(d, Vocab.NIF_END, doc.text().codePointCount(0, doc.text().length()));
    }

    Node sentence(Triples t, Evidence e, String fullText) {
        int start = cp(fullText, e.start());
        int end = cp(fullText, e.end());
        Node s = iris.sentence(e.documentId(), start, end);
        t.add(s, Vocab.TYPE, Vocab.cpo("Sentence"));
        t.add(s, Vocab.DOCUMENT, iris.document(e.documentId()));
        t.add(s, Vocab.NIF_CONTEXT, iris.document(e.documentId()));
        t.offset(s, Vocab.NIF_BEGIN, start);
        t.offset(s, Vocab.NIF_END, end);
        t.text(s, Vocab.TEXT, e.text(), e.language());
        for (LanguageResources l : languages.labelLanguages()) {
            t.text(s, Vocab.LABEL, l.labels().sentence(start, end, e.documentId()), l.code());
        }
        return s;
    }

    /** Sections (runs of blocks about one country) and each profile's text from this document. */
    void sections(Triples t, AttributedDocument doc) {
        SourceDocument src = doc.segmented().document();
        String text = src.text();
        Map<String, List<String>> textByCountry = new LinkedHashMap<>();
        List<Attribution> run = new ArrayList<>();
        for (Attribution a : doc.attributions()) {
            if (!a.isCountry() && a.role() == org.w3id.clusterpolicy.attribute.BlockRole.NON_CONTENT) {
                continue; // furniture between blocks does not end a run
            }
            if (!run.isEmpty() && !(a.isCountry() && a.country().equals(run.get(0).country()))) {
                section(t, src, run);
                run.clear();
            }
            if (a.isCountry()) {
                run.add(a);
                boolean countryHeading = "attr.heading".equals(a.ruleId()) && a.block().kind() == org.w3id.clusterpolicy.segment.BlockKind.HEADING;
                if (!countryHeading) {
                    textByCountry.computeIfAbsent(a.country(), k -> new ArrayList<>()).add(a.block().text());
                }
            }
        }
        if (!run.isEmpty()) {
            section(t, src, run);
        }
        textByCountry.forEach((code, texts) ->
                t.text(iris.profile(code), Vocab.DCT_DESCRIPTION, String.join("\n\n", texts), src.language()));
    }

    private void section(Triples t, SourceDocument src, List<Attribution> run) {
        String text = src.text();
        int start = run.get(0).block().start();
        int end = run.get(run.size() - 1).block().end();
        String code = run.get(0).country();
        Node s = iris.section(src.id(), cp(text, start), cp(text, end));
        Country c = languages.countries().get(code);
        t.add(s, Vocab.TYPE, Vocab.cpo("Section"));
        t.add(s, Vocab.DOCUMENT, iris.document(src.id()));
        t.add(s, Vocab.NIF_CONTEXT, iris.document(src.id()));
        t.add(s, Vocab.COUNTRY, IriMinter.country(code));
        t.offset(s, Vocab.NIF_BEGIN, cp(text, start));
        t.offset(s, Vocab.NIF_END, cp(text, end));
        t.text(s, Vocab.TEXT, text.substring(start, end), src.language());
        t.string(s, Vocab.RULE, sectionRule(run));
        for (LanguageResources l : languages.labelLanguages()) {
            t.text(s, Vocab.LABEL, l.labels().section(countryName(l, c), src.id(), cp(text, start), cp(text, end)), l.code());
        }
        t.add(iris.profile(code), Vocab.cpo("section"), s);
    }

    /** The rule that placed a run: that of its first block, the heading when the run opens with one. */
    static String sectionRule(List<Attribution> run) {
        return run.get(0).ruleId();
    }

    void profile(Triples t, String code) {
        Node p = iris.profile(code);
        Country c = languages.countries().get(code);
        t.add(p, Vocab.TYPE, Vocab.cpo("CountryProfile"));
        t.add(p, Vocab.COUNTRY, IriMinter.country(code));
        for (LanguageResources l : languages.labelLanguages()) {
            t.text(p, Vocab.LABEL, l.labels().profile(countryName(l, c)), l.code());
        }
    }

    /** A country's name in a language: its authority label there, else its reference name. */
    static String countryName(LanguageResources lang, Country c) {
        String label = lang.countryLabel(c);
        return label != null ? label : c.name();
    }

    static int cp(String text, int utf16Index) {
        return text.codePointCount(0, utf16Index);
    }
}

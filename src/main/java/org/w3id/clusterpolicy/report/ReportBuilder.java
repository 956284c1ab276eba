package org.w3id.clusterpolicy.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.w3id.clusterpolicy.attribute.AttributedDocument;
import org.w3id.clusterpolicy.attribute.Attribution;
import org.w3id.clusterpolicy.attribute.BlockRole;
import org.w3id.clusterpolicy.extract.EntityFact;
import org.w3id.clusterpolicy.extract.EntityType;
import org.w3id.clusterpolicy.extract.EventFact;
import org.w3id.clusterpolicy.extract.ExtractedDocument;
import org.w3id.clusterpolicy.extract.Fact;
import org.w3id.clusterpolicy.extract.LinkFact;
import org.w3id.clusterpolicy.extract.PartnerFact;
import org.w3id.clusterpolicy.extract.QuantityFact;
import org.w3id.clusterpolicy.extract.RoleFact;
import org.w3id.clusterpolicy.lang.CountryTable;
import org.w3id.clusterpolicy.rdf.Resolution;
import org.w3id.clusterpolicy.source.SourceDocument;

/** Assembles the conversion report from the documents and the decisions made across them. */
public final class ReportBuilder {
    /** Rules that name the country outright; every other attribution is listed in the report. */
    static final Set<String> EXPLICIT_RULES = Set.of("attr.heading", "attr.mention", "attr.page-title");
    private static final int EXCERPT = 80;

    private final CountryTable countries;
    private final String converter;

    public ReportBuilder(CountryTable countries, String converter) {
        this.countries = countries;
        this.converter = converter;
    }

    public ConversionReport build(List<ExtractedDocument> docs, Resolution resolution, long triples) {
        List<ConversionReport.Source> sources = new ArrayList<>();
        Map<String, List<String>> sourcesByCountry = new TreeMap<>();
        Map<String, Integer> factCounts = new TreeMap<>();
        List<String> warnings = new ArrayList<>();
        for (ExtractedDocument doc : docs) {
            sources.add(source(doc, sourcesByCountry, factCounts));
        }
        List<ConversionReport.CountrySummary> summaries = new ArrayList<>();
        sourcesByCountry.forEach((code, ids) -> {
            Resolution.StatusChoice s = resolution.status(code);
            if (s != null && !s.alternatives().isEmpty()) {
                warnings.add(code + ": texts suggest more than one policy status; chose " + s.status()
                        + " over " + String.join(", ", s.alternatives()) + " by rank");
            }
            summaries.add(new ConversionReport.CountrySummary(code, countries.get(code).name(), ids,
                    s == null ? null : s.status(),
                    s == null ? List.of() : s.evidence().stream().map(LinkFact::ruleId).distinct().toList(),
                    s == null ? List.of() : List.copyOf(s.alternatives())));
        });
        return new ConversionReport(converter,
                new ConversionReport.Totals(docs.size(), summaries.size(), triples, factCounts),
                summaries, sources, warnings);
    }

    private ConversionReport.Source source(ExtractedDocument doc, Map<String, List<String>> sourcesByCountry,
                                           Map<String, Integer> factCounts) {
        AttributedDocument a = doc.attributed();
        SourceDocument src = a.segmented().document();
        List<ConversionReport.Stretch> nonCountry = new ArrayList<>();
        List<ConversionReport.Stretch> other = new ArrayList<>();
        Map<String, List<ConversionReport.Stretch>> sections = new LinkedHashMap<>();
        for (Attribution at : a.attributions()) {
            ConversionReport.Stretch s = stretch(at, src.text());
            if (at.isCountry()) {
                sections.computeIfAbsent(at.country(), k -> new ArrayList<>()).add(s);
                if (!EXPLICIT_RULES.contains(at.ruleId())) {
                    other.add(s);
                }
            } else {
                nonCountry.add(s);
            }
        }
        Map<String, Map<String, List<String>>> extracted = new LinkedHashMap<>();
        for (Fact f : doc.facts()) {
            String kind = kind(f);
            factCounts.merge(kind, 1, Integer::sum);
            if (f.country() != null) {
                extracted.computeIfAbsent(f.country(), k -> new TreeMap<>()).computeIfAbsent(kind, k -> new ArrayList<>())
                        .add(f.summary() + "  [" + f.ruleId() + "]");
            }
        }
        List<ConversionReport.CountryInSource> perCountry = new ArrayList<>();
        sections.forEach((code, list) -> {
            sourcesByCountry.computeIfAbsent(code, k -> new ArrayList<>()).add(src.id());
            Map<String, List<String>> ex = extracted.getOrDefault(code, Map.of());
            Map<String, List<String>> distinct = new TreeMap<>();
            ex.forEach((k, v) -> distinct.put(k, v.stream().distinct().toList()));
            perCountry.add(new ConversionReport.CountryInSource(code, countries.get(code).name(), list, distinct));
        });
        List<String> warnings = new ArrayList<>(a.warnings());
        warnings.addAll(doc.warnings());
        if (src.replacedControls() > 0) {
            warnings.add(src.replacedControls() + " control character(s) in the text replaced by spaces (XML cannot hold them; offsets unchanged)");
        }
        String pageDate = src.metadata().pageDate() != null ? src.metadata().pageDate().toString()
                : a.segmented().statedPageDate() == null ? null : a.segmented().statedPageDate().toString();
        return new ConversionReport.Source(src.id(), src.file(), src.language(), src.languageDetected(),
                a.layout().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), a.orderLanguage(),
                src.metadata().url(), pageDate, nonCountry, other, perCountry, warnings);
    }

    /** A block as the report shows it; offsets count code points, as in the graph. */
    private static ConversionReport.Stretch stretch(Attribution a, String docText) {
        String text = a.block().text();
        String excerpt = text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text;
        return new ConversionReport.Stretch(docText.codePointCount(0, a.block().start()), docText.codePointCount(0, a.block().end()),
                a.role() == BlockRole.COUNTRY ? null : a.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                a.country(), a.ruleId(), a.detail(), excerpt);
    }

    static String kind(Fact f) {
        return switch (f) {
            case EntityFact e when e.ref().type() == EntityType.INSTRUMENT -> "programmes";
            case EntityFact e when e.ref().type() == EntityType.ORGANISATION -> "organisations";
            case EntityFact e when e.ref().type() == EntityType.PLATFORM -> "euPlatforms";
            case EntityFact e -> "funds";
            case RoleFact r -> "roles";
            case EventFact e -> "events";
            case QuantityFact q -> "quantities";
            case PartnerFact p -> "partners";
            case LinkFact l -> switch (l.aspect()) {
                case SECTOR -> "sectors";
                case REGION -> "regions";
                case FUNDING -> "funding";
                case STATUS -> "status";
                case MENTIONED_COUNTRY -> "mentionedCountries";
            };
        };
    }
}

package org.w3id.clusterpolicy.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * What a conversion did, per source and per country: how each stretch of text was attributed and
 * by which rule, what was extracted, and every warning. Written as {@code conversion-report.json};
 * it holds no timestamps, so the same input gives the same report.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"converter", "totals", "countries", "sources", "warnings"})
public record ConversionReport(String converter, Totals totals, List<CountrySummary> countries, List<Source> sources,
                               List<String> warnings) {

    @JsonPropertyOrder({"sources", "countries", "triples", "facts"})
    public record Totals(int sources, int countries, long triples, Map<String, Integer> facts) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"country", "label", "sources", "status", "statusRules", "otherStatuses"})
    public record CountrySummary(String country, String label, List<String> sources, String status,
                                 List<String> statusRules, List<String> otherStatuses) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"id", "file", "language", "languageDetected", "layout", "orderLanguage", "url", "pageDate",
        "nonCountryText", "attributedByOtherRules", "countries", "warnings"})
    public record Source(String id, String file, String language, boolean languageDetected, String layout,
                         String orderLanguage, String url, String pageDate, List<Stretch> nonCountryText,
                         List<Stretch> attributedByOtherRules, List<CountryInSource> countries, List<String> warnings) {}

    /** A stretch of text (one block) and the rule that decided what it is. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"start", "end", "role", "country", "rule", "reason", "text"})
    public record Stretch(int start, int end, String role, String country, String rule, String reason, String text) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"country", "label", "sections", "extracted"})
    public record CountryInSource(String country, String label, List<Stretch> sections, Map<String, List<String>> extracted) {}
}

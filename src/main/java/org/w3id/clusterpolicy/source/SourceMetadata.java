package org.w3id.clusterpolicy.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What is known about a source text besides its words, read from the {@code NAME.meta.json} file
 * beside it: a stable id, title, web address, language, publisher, retrieval date, the page's own
 * date where it states one, and the rights statement. Every field but {@code id} may be missing.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceMetadata(String id, String title, String url, String language, String publisher,
                             LocalDate retrieved, YearMonth pageDate, String rights) {

    public SourceMetadata withLanguage(String lang) {
        return new SourceMetadata(id, title, url, lang, publisher, retrieved, pageDate, rights);
    }

    public SourceMetadata withPageDate(YearMonth date) {
        return new SourceMetadata(id, title, url, language, publisher, retrieved, date, rights);
    }
}

package org.w3id.clusterpolicy.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.resultset.ResultsWriter;

/**
 * How results are written: the four W3C SPARQL 1.1 result formats, exactly as Jena writes them,
 * and a text table for people.
 */
public enum ResultFormat {
    CSV("csv", ResultSetLang.RS_CSV, "text/csv"),
    TSV("tsv", ResultSetLang.RS_TSV, "text/tab-separated-values"),
    JSON("json", ResultSetLang.RS_JSON, "application/sparql-results+json"),
    XML("xml", ResultSetLang.RS_XML, "application/sparql-results+xml"),
    TABLE("table", null, "text/plain");

    private final String id;
    private final Lang lang;
    private final String mediaType;

    ResultFormat(String id, Lang lang, String mediaType) {
        this.id = id;
        this.lang = lang;
        this.mediaType = mediaType;
    }

    public String id() {
        return id;
    }

    public String mediaType() {
        return mediaType;
    }

    public static ResultFormat byId(String id) {
        for (ResultFormat f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        return null;
    }

    public void write(RowSetRewindable rows, OutputStream out) {
        rows.reset();
        if (lang == null) {
            PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
            ResultSetFormatter.out(ps, ResultSet.adapt(rows));
            ps.flush();
        } else {
            ResultsWriter.create().lang(lang).build().write(out, rows);
        }
    }
}

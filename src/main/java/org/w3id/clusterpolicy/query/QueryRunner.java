package org.w3id.clusterpolicy.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.util.Context;
import org.w3id.clusterpolicy.lang.CountryTable;
import org.w3id.clusterpolicy.lang.LanguageRegistry;

/**
 * Runs canned queries with their parameters bound as typed RDF terms: the query is parsed once
 * from its file and each value replaces its variable as a term, so no text a user sends ever
 * becomes part of the query text.
 */
public final class QueryRunner {
    private final CountryTable countries;
    private final Map<String, String> statuses;
    private final List<String> languages;
    /** Canned queries read the dataset only: the same sandbox as a client's query, with no federation. */
    private final Context sandbox = QuerySandbox.context(FederationPolicy.none());

    /**
     * A runner whose {@code language} parameters take the languages packed with the converter.
     *
     * @param statuses notation to IRI of the members of the policy status scheme
     */
    public QueryRunner(CountryTable countries, Map<String, String> statuses) {
        this(countries, statuses, LanguageRegistry.listedCodes());
    }

    /** @param languages the codes a {@code language} parameter takes (those of the language registry) */
    public QueryRunner(CountryTable countries, Map<String, String> statuses, List<String> languages) {
        this.countries = countries;
        this.statuses = statuses;
        this.languages = List.copyOf(languages);
    }

    /** Checks and types the parameters: unknown, missing or ill-typed ones throw {@link BadParameterException}. */
    public Map<String, Node> bind(CannedQuery q, Map<String, String> values) {
        for (String name : values.keySet()) {
            if (q.parameter(name).isEmpty()) {
                throw new BadParameterException(name, "not a parameter of query " + q.name()
                        + (q.parameters().isEmpty() ? " (it takes none)" : " (it takes " + String.join(", ", q.parameters().stream().map(Parameter::name).toList()) + ")"));
            }
        }
        Map<String, Node> bound = new LinkedHashMap<>();
        for (Parameter p : q.parameters()) {
            String v = values.get(p.name());
            if (v == null || v.isBlank()) {
                if (p.required()) {
                    throw new BadParameterException(p.name(), "required by query " + q.name() + " (" + p.type().id() + ", e.g. " + p.example() + ")");
                }
                v = p.defaultValue();
            }
            if (v != null) {
                bound.put(p.name(), p.type().bind(p.name(), v, countries, statuses, languages));
            }
        }
        return bound;
    }

    public RowSetRewindable run(CannedQuery q, Map<String, String> values, DatasetGraph data) {
        return run(q, values, data, 0);
    }

    /** Runs a canned query; {@code timeoutMillis} 0 means no limit. */
    public RowSetRewindable run(CannedQuery q, Map<String, String> values, DatasetGraph data, long timeoutMillis) {
        QueryExecBuilder b = QueryExec.dataset(data).query(q.query()).context(sandbox);
        bind(q, values).forEach((name, node) -> b.substitution(Var.alloc(name), node));
        if (timeoutMillis > 0) {
            b.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        }
        try (QueryExec exec = b.build()) {
            return exec.select().rewindable();
        }
    }
}

package org.w3id.clusterpolicy.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.util.Context;
import org.w3id.clusterpolicy.lang.CountryTable;
import org.w3id.clusterpolicy.lang.LanguageRegistry;

/**
 * Runs canned queries with their parameters bound as typed RDF terms: each checked value replaces
 * its variable as a term in the parsed query, and the query text printed from that escapes it as a
 * term, so no text a user sends ever becomes SPARQL syntax.
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

    /**
     * The query as SPARQL text with the parameters bound, as it runs: each value replaces its
     * variable as a term (and shows in the SELECT clause), so the text runs unchanged anywhere,
     * e.g. in the query editor. Parameters are checked as for {@link #run}.
     */
    public String text(CannedQuery q, Map<String, String> values) {
        return "# " + q.title().replace('\n', ' ') + "\n" + bound(q, values).serialize();
    }

    public RowSetRewindable run(CannedQuery q, Map<String, String> values, DatasetGraph data) {
        return run(q, values, QueryExec.dataset(data), 0);
    }

    /**
     * The canned query with the checked values in place of its parameters: what {@link #run} runs on
     * the embedded store, and, as text, what any other SPARQL 1.1 store runs with the same rows.
     */
    public Query bound(CannedQuery q, Map<String, String> values) {
        Map<Var, Node> terms = new LinkedHashMap<>();
        bind(q, values).forEach((name, node) -> terms.put(Var.alloc(name), node));
        return ParameterSubstitution.apply(q.text(), terms);
    }

    /**
     * Runs a canned query on the store {@code on} is a new query of (in this process or remote);
     * {@code timeoutMillis} 0 means no limit.
     */
    public RowSetRewindable run(CannedQuery q, Map<String, String> values, QueryExecBuilder on, long timeoutMillis) {
        QueryExecBuilder b = on.query(bound(q, values)).context(sandbox);
        if (timeoutMillis > 0) {
            b.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        }
        try (QueryExec exec = b.build()) {
            return exec.select().rewindable();
        }
    }
}

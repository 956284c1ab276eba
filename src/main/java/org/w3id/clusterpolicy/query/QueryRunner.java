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
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;
import org.w3id.clusterpolicy.lang.CountryTable;

/**
 * Runs canned queries with their parameters bound as typed RDF terms: the query is parsed once
 * from its file and each value replaces its variable as a term, so no text a user sends ever
 * becomes part of the query text.
 */
public final class QueryRunner {
    private final CountryTable countries;
    private final Map<String, String> statuses;
    /** Canned queries read the dataset only: the same sandbox as a client's query, with no federation. */
    private final Context sandbox = QuerySandbox.context(FederationPolicy.none());

    /** @param statuses notation to IRI of the members of the policy status scheme */
    public QueryRunner(CountryTable countries, Map<String, String> statuses) {
        this.countries = countries;
        this.statuses = statuses;
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
                bound.put(p.name(), p.type().bind(p.name(), v, countries, statuses));
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
        Map<Var, Node> bound = new LinkedHashMap<>();
        bind(q, values).forEach((name, node) -> bound.put(Var.alloc(name), node));
        Query query = bound.isEmpty() ? q.query() : QueryTransformOps.syntaxSubstitute(q.query(), bound);
        if (query.isSelectType() && !q.query().isQueryResultStar()) {
            // the columns stay those of the query: a parameter it does not select is not added
            List<Var> selected = q.query().getProjectVars();
            bound.keySet().stream().filter(v -> !selected.contains(v)).forEach(v -> query.getProject().remove(v));
        }
        if (query.hasGroupBy()) {
            // "GROUP BY (<iri> AS ?country)" would bind ?country a second time beside the SELECT; grouping by a constant does nothing
            bound.keySet().stream().filter(v -> query.getGroupBy().hasExpr(v) && query.getGroupBy().getExpr(v).isConstant())
                    .toList().forEach(v -> query.getGroupBy().remove(v));
        }
        if (query.hasOrderBy()) {
            // a bound variable becomes a constant, and "ORDER BY <iri>" is not SPARQL; ordering by a constant does nothing
            query.getOrderBy().removeIf(c -> c.getExpression().isConstant());
        }
        return "# " + q.title().replace('\n', ' ') + "\n" + query.serialize();
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

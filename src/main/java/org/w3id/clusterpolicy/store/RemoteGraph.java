package org.w3id.clusterpolicy.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NullIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The default graph of a remote store, read by triple pattern: each pattern is one SPARQL
 * {@code SELECT} on the store. A pattern with a subject fetches everything about that subject at
 * once (a page asks for a resource's label, then its other values), and answers are kept: the
 * graph does not change while it is served, so a kept answer is never stale. The cache is bounded
 * by the size of the terms it holds. Blank nodes and IRIs a query cannot write match nothing here:
 * no query could name them. Read-only, as the service is.
 */
final class RemoteGraph extends GraphBase {
    /** Characters of terms kept at most (about twice as many bytes). */
    private static final long MAX_KEPT = 16L * 1024 * 1024;
    private static final Var S = Var.alloc("s");
    private static final Var P = Var.alloc("p");
    private static final Var O = Var.alloc("o");

    private final Supplier<QueryExecBuilder> queries;
    private final long timeoutMillis;
    private final LongSupplier size;
    private final Cache<Triple, List<Triple>> found = Caffeine.newBuilder().maximumWeight(MAX_KEPT)
            .weigher((Triple pattern, List<Triple> triples) -> weight(triples)).build();

    /**
     * @param queries       new queries on the store (with its dataset)
     * @param timeoutMillis how long one pattern may take
     * @param size          the number of triples (counted once by the store)
     */
    RemoteGraph(Supplier<QueryExecBuilder> queries, long timeoutMillis, LongSupplier size) {
        this.queries = queries;
        this.timeoutMillis = timeoutMillis;
        this.size = size;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node s = pattern.getSubject();
        if (!writable(s) || !writable(pattern.getPredicate()) || !writable(pattern.getObject())) {
            return NullIterator.instance();
        }
        Triple asked = s.isConcrete() ? Triple.create(s, Node.ANY, Node.ANY) : pattern;
        List<Triple> triples = found.get(asked, this::fetch);
        return WrappedIterator.create(triples.iterator()).filterKeep(pattern::matches);
    }

    @Override
    protected int graphBaseSize() {
        return (int) Math.min(Integer.MAX_VALUE, size.getAsLong());
    }

    /** The triples that match a pattern, from one SELECT of its open positions. */
    private List<Triple> fetch(Triple pattern) {
        Node s = open(pattern.getSubject(), S);
        Node p = open(pattern.getPredicate(), P);
        Node o = open(pattern.getObject(), O);
        Query q = new Query();
        q.setQuerySelectType();
        for (Node n : new Node[] {s, p, o}) {
            if (n instanceof Var v) {
                q.addResultVar(v);
            }
        }
        ElementTriplesBlock block = new ElementTriplesBlock();
        block.addTriple(Triple.create(s, p, o));
        q.setQueryPattern(block);
        List<Triple> out = new ArrayList<>();
        try (QueryExec exec = queries.get().query(q).timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                Binding b = rows.next();
                out.add(Triple.create(value(b, s), value(b, p), value(b, o)));
            }
        }
        return List.copyOf(out);
    }

    private static Node open(Node n, Var v) {
        return n.isConcrete() ? n : v;
    }

    private static Node value(Binding b, Node n) {
        return n instanceof Var v ? b.get(v) : n;
    }

    /** Whether a query can name the term: a wildcard, a literal, or an IRI with no character SPARQL forbids in one. */
    static boolean writable(Node n) {
        if (n == null || !n.isConcrete() || n.isLiteral()) {
            return true;
        }
        return n.isURI() && n.getURI().chars().noneMatch(c -> c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0);
    }

    private static int weight(List<Triple> triples) {
        long w = 16;
        for (Triple t : triples) {
            w += 48 + length(t.getSubject()) + length(t.getPredicate()) + length(t.getObject());
        }
        return (int) Math.min(Integer.MAX_VALUE, w);
    }

    private static int length(Node n) {
        return n.isURI() ? n.getURI().length() : n.isLiteral() ? n.getLiteralLexicalForm().length() : 16;
    }
}

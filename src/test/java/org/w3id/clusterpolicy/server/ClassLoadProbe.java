package org.w3id.clusterpolicy.server;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase1;
import org.apache.jena.sparql.pfunction.PFuncSimple;

/**
 * Classes a query could name as {@code <java:...>}: if the endpoint ever loads one, its static
 * initialiser records it in {@link #LOADED} (kept in this outer class, which a test may read
 * without loading the probes). Jena's default registries would load and run them; ours must not.
 */
public final class ClassLoadProbe {
    public static final Set<String> LOADED = ConcurrentHashMap.newKeySet();

    private ClassLoadProbe() {}

    public static final class Function extends FunctionBase1 {
        static {
            LOADED.add("function");
        }

        @Override
        public NodeValue exec(NodeValue v) {
            return NodeValue.makeString("loaded");
        }
    }

    public static final class PropertyFunction extends PFuncSimple {
        static {
            LOADED.add("property function");
        }

        @Override
        public QueryIterator execEvaluated(Binding binding, Node subject, Node predicate, Node object, ExecutionContext execCxt) {
            return QueryIterSingleton.create(binding, execCxt);
        }
    }
}

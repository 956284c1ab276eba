package org.w3id.clusterpolicy.query;

import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterConvert;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;

/**
 * Jena's executor, with a bound on what one query may hold in memory: {@code ORDER BY} and
 * {@code DISTINCT} keep every row they are given, so the rows fed to each are counted, and past
 * {@link QueryLimits#maxHeldRows()} the query stops with a {@link QueryLimitException} naming the
 * limit. Each row also checks the query's deadline, so a sort over a cross product stops in time.
 */
final class BoundedOpExecutor extends OpExecutor {
    private final long maxHeldRows;

    private BoundedOpExecutor(ExecutionContext context, long maxHeldRows) {
        super(context);
        this.maxHeldRows = maxHeldRows;
    }

    static OpExecutorFactory factory(long maxHeldRows) {
        return context -> new BoundedOpExecutor(context, maxHeldRows);
    }

    @Override
    protected QueryIterator execute(OpOrder op, QueryIterator input) {
        return super.execute(new OpOrder(new Counted(op.getSubOp()), op.getConditions()), input);
    }

    @Override
    protected QueryIterator execute(OpDistinct op, QueryIterator input) {
        return super.execute(new OpDistinct(new Counted(op.getSubOp())), input);
    }

    @Override
    protected QueryIterator exec(org.apache.jena.sparql.algebra.Op op, QueryIterator input) {
        if (op instanceof Counted counted) {
            QueryIterator rows = super.exec(counted.getSubOp(), input);
            return new QueryIterConvert(rows, new Counter(maxHeldRows), execCxt);
        }
        return super.exec(op, input);
    }

    /** Marks the part of the plan whose rows are held. */
    private static final class Counted extends org.apache.jena.sparql.algebra.op.OpLabel {
        Counted(org.apache.jena.sparql.algebra.Op sub) {
            super("held rows", sub);
        }
    }

    private static final class Counter implements QueryIterConvert.Converter {
        private final long max;
        private long rows;

        Counter(long max) {
            this.max = max;
        }

        @Override
        public Binding convert(Binding b) {
            QueryWatch.checkCurrent();
            if (++rows > max) {
                QueryLimitException e = new QueryLimitException("the query would hold more than " + max
                        + " rows in memory to sort or de-duplicate them (ORDER BY, DISTINCT); this endpoint's limit is " + max
                        + ": narrow the pattern or add a LIMIT to a sub-select", false);
                QueryWatch w = QueryWatch.current();
                throw w != null ? w.exceeded(e) : e;
            }
            return b;
        }
    }
}

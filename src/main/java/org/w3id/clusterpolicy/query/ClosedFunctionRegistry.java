package org.w3id.clusterpolicy.query;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.MappedLoader;

/**
 * The functions a client's query may call: those already registered, and those of Jena's own
 * function library. Jena would otherwise load and initialise any class on the class path that a
 * query names as {@code <java:some.Class>}, which is a way into the server that no dataset needs.
 */
final class ClosedFunctionRegistry extends FunctionRegistry {

    static ClosedFunctionRegistry copyOf(FunctionRegistry from) {
        ClosedFunctionRegistry closed = new ClosedFunctionRegistry();
        from.keys().forEachRemaining(uri -> closed.put(uri, from.getFunctionFactory(uri)));
        return closed;
    }

    @Override
    public FunctionFactory getFunctionFactory(String uri) {
        return isRegistered(uri) || inJenaLibrary(uri, ARQConstants.ARQFunctionLibrary) ? super.getFunctionFactory(uri) : null;
    }

    /** A name Jena maps into one of its own library packages (e.g. {@code afn:}); never a raw {@code java:} name. */
    static boolean inJenaLibrary(String uri, String libraryPackage) {
        if (uri.startsWith(ARQConstants.javaClassURIScheme)) {
            return false;
        }
        String mapped = MappedLoader.mapDynamicURI(uri);
        return mapped != null && mapped.startsWith(libraryPackage) && mapped.indexOf('.', libraryPackage.length()) < 0;
    }
}

package org.w3id.clusterpolicy.query;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;

/**
 * The property functions a client's query may use: those registered, and those of Jena's own
 * property-function library ({@code apf:}), never a class named by a {@code java:} IRI (see
 * {@link ClosedFunctionRegistry}).
 */
final class ClosedPropertyFunctionRegistry extends PropertyFunctionRegistry {

    static ClosedPropertyFunctionRegistry copyOf(PropertyFunctionRegistry from) {
        ClosedPropertyFunctionRegistry closed = new ClosedPropertyFunctionRegistry();
        from.keys().forEachRemaining(uri -> closed.put(uri, from.get(uri)));
        return closed;
    }

    private boolean open(String uri) {
        return isRegistered(uri) || ClosedFunctionRegistry.inJenaLibrary(uri, ARQConstants.ARQPropertyFunctionLibrary);
    }

    @Override
    public boolean manages(String uri) {
        return open(uri) && super.manages(uri);
    }

    @Override
    public PropertyFunctionFactory get(String uri) {
        return open(uri) ? super.get(uri) : null;
    }
}

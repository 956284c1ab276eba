package org.w3id.clusterpolicy.store;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests one Virtuoso for the whole test run ({@code @ExtendWith(Virtuoso.class)} and a
 * {@link VirtuosoServer} parameter), stopped when the run ends. Where {@code virtuoso-t} is not
 * installed the tests are skipped with the reason, except when the environment variable
 * {@value #REQUIRED} is set (as {@code .ci/run} does): then its absence fails them, so that CI
 * never counts an untested store as green.
 */
public final class Virtuoso implements BeforeAllCallback, ParameterResolver {
    public static final String REQUIRED = "CLUSTER_POLICY_REQUIRE_VIRTUOSO";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Virtuoso.class);

    /** Checks first, so that a missing binary skips the tests (an abort while resolving a parameter would be an error). */
    @Override
    public void beforeAll(ExtensionContext context) {
        if (VirtuosoServer.binary().isEmpty()) {
            String why = VirtuosoServer.BINARY + " is not on the PATH (Debian: apt-get install virtuoso-opensource)";
            if (System.getenv(REQUIRED) != null) {
                throw new IllegalStateException(why + ", and " + REQUIRED + " is set: these tests must run here");
            }
            Assumptions.abort(why + "; skipped");
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == VirtuosoServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Path binary = VirtuosoServer.binary().orElseThrow();
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(VirtuosoServer.class, k -> VirtuosoServer.start(binary), VirtuosoServer.class);
    }
}

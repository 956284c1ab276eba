package org.w3id.clusterpolicy.server;

import java.nio.file.Path;
import java.time.Duration;
import org.w3id.clusterpolicy.query.FederationPolicy;

/**
 * How to serve: the port (0 picks a free one), the dump to serve, the TDB2 folder (null: in
 * memory), the base of the resource IRIs, the query timeout, where to write the downloads (null:
 * a temporary folder), and which remote endpoints a {@code SERVICE} clause may reach (none by default).
 */
public record ServeOptions(int port, Path data, Path tdb2, String base, Duration timeout, Path downloadsFolder, FederationPolicy federation) {

    public ServeOptions {
        federation = federation == null ? FederationPolicy.none() : federation;
    }

    /** The conversion report the converter wrote beside the dump, or null when the data comes from elsewhere. */
    public Path conversionReport() {
        return data == null ? null : data.toAbsolutePath().resolveSibling("conversion-report.json");
    }
}

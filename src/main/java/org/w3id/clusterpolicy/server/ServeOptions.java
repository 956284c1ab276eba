package org.w3id.clusterpolicy.server;

import java.nio.file.Path;
import java.time.Duration;
import org.w3id.clusterpolicy.query.FederationPolicy;
import org.w3id.clusterpolicy.server.guard.PublicLimits;
import org.w3id.clusterpolicy.store.RemoteEndpoint;

/**
 * How to serve: the port (0 picks a free one), the dump to serve, the TDB2 folder (null: in
 * memory), the base of the resource IRIs, the query timeout, where to write the downloads (null:
 * a temporary folder), which remote endpoints a {@code SERVICE} clause may reach (none by
 * default), the limits that keep the public endpoint answering everyone, and the remote SPARQL
 * store that keeps the graph instead of this process (null: none; then {@code data} and
 * {@code tdb2} do not apply).
 */
public record ServeOptions(int port, Path data, Path tdb2, String base, Duration timeout, Path downloadsFolder, FederationPolicy federation,
                           PublicLimits limits, RemoteEndpoint endpoint) {

    public ServeOptions {
        federation = federation == null ? FederationPolicy.none() : federation;
        limits = limits == null ? PublicLimits.DEFAULT : limits;
    }

    public ServeOptions(int port, Path data, Path tdb2, String base, Duration timeout, Path downloadsFolder, FederationPolicy federation) {
        this(port, data, tdb2, base, timeout, downloadsFolder, federation, null, null);
    }

    public ServeOptions withLimits(PublicLimits l) {
        return new ServeOptions(port, data, tdb2, base, timeout, downloadsFolder, federation, l, endpoint);
    }

    /** The same options, serving the graph a remote store keeps. */
    public ServeOptions withEndpoint(RemoteEndpoint e) {
        return new ServeOptions(port, null, null, base, timeout, downloadsFolder, federation, limits, e);
    }

    /** The conversion report the converter wrote beside the dump, or null when the data comes from elsewhere. */
    public Path conversionReport() {
        return data == null ? null : data.toAbsolutePath().resolveSibling("conversion-report.json");
    }
}

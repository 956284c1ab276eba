package org.w3id.clusterpolicy.server;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to serve: the port (0 picks a free one), the dump to serve, the TDB2 folder (null: in
 * memory), the base of the resource IRIs, the query timeout, and where to write the downloads.
 */
public record ServeOptions(int port, Path data, Path tdb2, String base, Duration timeout, Path downloadsFolder) {}

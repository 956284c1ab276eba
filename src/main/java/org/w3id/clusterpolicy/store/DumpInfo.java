package org.w3id.clusterpolicy.store;

import java.time.Instant;

/**
 * One downloadable dump as the service offers it: file name, media type of the (possibly
 * compressed) file, the EU file-type authority code of the RDF inside ("RDF_TURTLE"), whether the
 * file is gzip-compressed, its size in bytes, SHA-256 (hex) and last modification time.
 */
public record DumpInfo(String fileName, String mediaType, String fileType, boolean gzipped, long byteSize,
                       String sha256, Instant lastModified) {}

package org.w3id.clusterpolicy.store;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Serialises a dataset in every dump format. The triples are put in a canonical order first, and
 * N-Triples and N-Quads lines are sorted, so the same dataset always gives the same bytes. The
 * JSON-LD dump is compacted with the project's context ({@code ontology/context.jsonld}).
 */
public final class DumpWriter {
    public static final String CONTEXT_RESOURCE = "/org/w3id/clusterpolicy/ontology/context.jsonld";

    private final DatasetGraph dataset;
    private final Graph union;
    private final Map<String, String> prefixes;

    public DumpWriter(DatasetGraph dataset, String base) {
        this.prefixes = Prefixes.map(base);
        this.dataset = CanonicalOrder.sorted(dataset);
        this.dataset.prefixes().putAll(Prefixes.prefixMap(base));
        this.union = CanonicalOrder.union(dataset);
        this.union.getPrefixMapping().setNsPrefixes(prefixes);
    }

    /** Writes one format to a stream. */
    public void write(DumpFormat format, OutputStream out) throws IOException {
        switch (format) {
            case NTRIPLES, NQUADS -> out.write(sortedLines(format));
            case JSONLD -> writeJsonLd(out);
            default -> {
                if (format.quads()) {
                    RDFWriter.source(dataset).format(format.format()).output(out);
                } else {
                    RDFWriter.source(union).format(format.format()).output(out);
                }
            }
        }
    }

    public byte[] bytes(DumpFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private byte[] sortedLines(DumpFormat format) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        if (format.quads()) {
            RDFWriter.source(dataset).format(format.format()).output(raw);
        } else {
            RDFWriter.source(union).format(format.format()).output(raw);
        }
        String[] lines = raw.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            if (!l.isEmpty()) {
                sb.append(l).append('\n');
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void writeJsonLd(OutputStream out) throws IOException {
        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
        RDFWriter.source(union).format(DumpFormat.JSONLD.format()).output(expanded);
        try (InputStream context = DumpWriter.class.getResourceAsStream(CONTEXT_RESOURCE)) {
            if (context == null) {
                throw new IllegalStateException("missing resource " + CONTEXT_RESOURCE);
            }
            JsonObject compacted = JsonLd.compact(JsonDocument.of(new ByteArrayInputStream(expanded.toByteArray())),
                    JsonDocument.of(context)).get();
            // The JSON writer closes the stream it writes to, so it writes to a buffer.
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(json, StandardCharsets.UTF_8)) {
                w.writeObject(compacted);
            }
            out.write(json.toByteArray());
            out.write('\n');
        } catch (JsonLdError e) {
            throw new IOException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
    }
}

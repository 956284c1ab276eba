package org.w3id.clusterpolicy.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Iterator;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * A checksum of a dataset's content that does not depend on the order a store returns its quads
 * in: the number of quads and the sum of the first 64 bits of each quad's SHA-256 (over its
 * N-Quads form). The same store gives the same digest for the same quads; a lost or changed
 * quad changes it. (TDB2 stores some literals in canonical form, so a TDB2 database and a store in
 * memory holding the same dump may differ.) Callers run it inside a read transaction.
 */
public record GraphDigest(long quads, String checksum) {

    public static GraphDigest of(DatasetGraph dataset) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long count = 0;
        long sum = 0;
        for (Iterator<Quad> it = dataset.find(); it.hasNext(); ) {
            Quad q = it.next();
            // Stores name the default graph differently: it counts as no graph name.
            String line = NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " " + NodeFmtLib.strNT(q.getObject())
                    + (q.isDefaultGraph() ? "" : " " + NodeFmtLib.strNT(q.getGraph()));
            byte[] h = sha.digest(line.getBytes(StandardCharsets.UTF_8));
            long first = 0;
            for (int i = 0; i < 8; i++) {
                first = (first << 8) | (h[i] & 0xFF);
            }
            sum += first;
            count++;
        }
        return new GraphDigest(count, String.format("%016x", sum));
    }
}

package org.w3id.clusterpolicy.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.clusterpolicy.store.DumpInfo;

/**
 * The dumps the service offers for download, written once from the served dataset (so they always
 * match what the endpoint answers) into a folder, with their size and SHA-256.
 * Gzip files carry no timestamp, so the same graph gives the same bytes.
 */
public final class DownloadFiles {

    /** A download: file name, the dump format inside, gzip or not. */
    public record Offer(String fileName, DumpFormat format, boolean gzipped) {
        public String mediaType() {
            return gzipped ? "application/gzip" : format.mediaType();
        }
    }

    /** The files the service offers, in the order the download page lists them. */
    public static final List<Offer> OFFERS = List.of(
            new Offer("cluster-policy.ttl", DumpFormat.TURTLE, false),
            new Offer("cluster-policy.ttl.gz", DumpFormat.TURTLE, true),
            new Offer("cluster-policy.nt.gz", DumpFormat.NTRIPLES, true),
            new Offer("cluster-policy.trig", DumpFormat.TRIG, false),
            new Offer("cluster-policy.nq.gz", DumpFormat.NQUADS, true),
            new Offer("cluster-policy.jsonld", DumpFormat.JSONLD, false),
            new Offer("cluster-policy.rdf", DumpFormat.RDFXML, false));

    private final java.util.function.Supplier<DownloadFiles> maker;
    private Path folder;
    private List<DumpInfo> files;

    private DownloadFiles(Path folder, List<DumpInfo> files) {
        this.folder = folder;
        this.files = files;
        this.maker = null;
    }

    private DownloadFiles(java.util.function.Supplier<DownloadFiles> maker) {
        this.maker = maker;
    }

    /**
     * The same files, made on first use rather than now: a server starts without writing them, and
     * writes them (once) when a client first asks for a download or for a description that lists them.
     * {@code folder} and the store's whole dataset (a copy, for a remote store) are asked for only then.
     */
    public static DownloadFiles lazy(ServedGraph store, String base, java.util.function.Supplier<Path> folder) {
        return new DownloadFiles(() -> make(store.dataset(), base, folder.get(), store.modified()));
    }

    private synchronized void ensureMade() {
        if (files == null) {
            DownloadFiles made = maker.get();
            folder = made.folder;
            files = made.files;
        }
    }

    /** Whether the files have been written (a lazy set is not, until first used). */
    public synchronized boolean made() {
        return files != null;
    }

    /** Writes every offered file into {@code folder}, stamping them with {@code modified}. */
    public static DownloadFiles make(DatasetGraph dataset, String base, Path folder, Instant modified) {
        DumpWriter writer = Txn.calculateRead(dataset, () -> new DumpWriter(dataset, base));
        List<DumpInfo> out = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (Offer o : OFFERS) {
                Path file = folder.resolve(o.fileName());
                try (OutputStream raw = Files.newOutputStream(file);
                     OutputStream os = o.gzipped() ? new GZIPOutputStream(raw) : raw) {
                    writer.write(o.format(), os);
                }
                Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(modified));
                out.add(new DumpInfo(o.fileName(), o.mediaType(), o.format().fileType(), o.gzipped(), Files.size(file),
                        sha256(file), modified));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the downloads into " + folder, e);
        }
        return new DownloadFiles(folder, List.copyOf(out));
    }

    public List<DumpInfo> files() {
        ensureMade();
        return files;
    }

    /** The offered file with this exact name; anything else (".." included) is not offered. */
    public Optional<DumpInfo> find(String name) {
        return files().stream().filter(f -> f.fileName().equals(name)).findFirst();
    }

    public Path path(DumpInfo info) {
        ensureMade();
        return folder.resolve(info.fileName());
    }

    static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

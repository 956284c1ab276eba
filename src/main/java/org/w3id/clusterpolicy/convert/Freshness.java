package org.w3id.clusterpolicy.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.w3id.clusterpolicy.source.SourceReader;
import org.w3id.clusterpolicy.store.DumpFormat;

/**
 * Whether the dumps in a folder must be made again: by content, against the {@link Checksums}
 * the conversion recorded. They must, when a dump or the record is missing, a dump is not what
 * was written, or the sources and their metadata are not exactly those that were converted.
 * File times play no part: git sets them at checkout.
 */
public final class Freshness {
    private Freshness() {}

    public static boolean stale(Path dumpFolder, List<Path> sources) {
        Map<String, String> recorded = Checksums.read(dumpFolder);
        if (recorded.isEmpty()) {
            return true;
        }
        try {
            Map<String, String> now = new TreeMap<>(inputs(sources));
            for (DumpFormat f : DumpFormat.CONVERTED) {
                Path dump = dumpFolder.resolve(f.fileName());
                if (!Files.isRegularFile(dump)) {
                    return true;
                }
                now.put(f.fileName(), Checksums.sha256(dump));
            }
            Path report = dumpFolder.resolve(Converter.REPORT_FILE);
            if (Files.isRegularFile(report)) {
                now.put(Converter.REPORT_FILE, Checksums.sha256(report));
            }
            return !now.equals(recorded);
        } catch (IOException e) {
            return true;
        }
    }

    /** The hashes of the sources and their metadata files, by the paths they were given as. */
    static Map<String, String> inputs(List<Path> sources) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (Path s : sources) {
            out.put(s.toString(), Checksums.sha256(s));
            Path meta = SourceReader.metadataPath(s);
            if (Files.exists(meta)) {
                out.put(meta.toString(), Checksums.sha256(meta));
            }
        }
        return out;
    }
}

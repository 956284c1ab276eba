package org.w3id.clusterpolicy.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.w3id.clusterpolicy.source.SourceReader;
import org.w3id.clusterpolicy.store.DumpFormat;

/** Whether the dumps in a folder must be made again: one is missing, or older than a source or its metadata. */
public final class Freshness {
    private Freshness() {}

    public static boolean stale(Path dumpFolder, List<Path> sources) {
        try {
            FileTime oldestDump = null;
            for (DumpFormat f : DumpFormat.CONVERTED) {
                Path dump = dumpFolder.resolve(f.fileName());
                if (!Files.isRegularFile(dump)) {
                    return true;
                }
                FileTime t = Files.getLastModifiedTime(dump);
                oldestDump = oldestDump == null || t.compareTo(oldestDump) < 0 ? t : oldestDump;
            }
            for (Path s : sources) {
                if (Files.getLastModifiedTime(s).compareTo(oldestDump) > 0) {
                    return true;
                }
                Path meta = SourceReader.metadataPath(s);
                if (Files.exists(meta) && Files.getLastModifiedTime(meta).compareTo(oldestDump) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}

package org.w3id.clusterpolicy.evaluate;

import java.nio.file.Path;
import java.util.List;

/** A gold set as read: its name, the gold file it came from, the sources its files name, and its facts. */
public record GoldSet(String name, Path file, List<Path> sources, List<Tuple> tuples) {
    public GoldSet {
        sources = List.copyOf(sources);
        tuples = List.copyOf(tuples);
    }
}

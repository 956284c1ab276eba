package org.w3id.clusterpolicy.extract;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What earlier sentences of one country's text (in one document) named, so that later sentences
 * can refer back: "the programme", "It", a bare acronym defined before.
 */
public final class SectionMemory {
    private Mention lastInstrument;
    private Mention lastEntity;
    private final Map<String, Mention> knownNames = new LinkedHashMap<>();
    private final Map<String, String> knownKinds = new LinkedHashMap<>();

    public Mention lastInstrument() {
        return lastInstrument;
    }

    public Mention lastEntity() {
        return lastEntity;
    }

    /** Names and acronyms seen so far, with the entity they name. */
    public Map<String, Mention> knownNames() {
        return knownNames;
    }

    /** The kind an earlier sentence gave a name or acronym, or null. */
    public String knownKind(String surface) {
        return surface == null ? null : knownKinds.get(surface);
    }

    void remember(Mention m, String kind, String... surfaces) {
        for (String s : surfaces) {
            if (s != null && s.length() >= 3 && !knownNames.containsKey(s)) {
                knownNames.put(s, m);
                knownKinds.put(s, kind);
            }
        }
    }

    void afterSentence(Iterable<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.ref().type() == EntityType.INSTRUMENT) {
                lastInstrument = m;
            }
            if (m.ref().type() == EntityType.INSTRUMENT || m.ref().type() == EntityType.ORGANISATION) {
                lastEntity = m;
            }
        }
    }
}

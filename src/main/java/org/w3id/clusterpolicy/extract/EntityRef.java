package org.w3id.clusterpolicy.extract;

/**
 * The identity of a thing facts are about: its type, a key (a slug of its acronym or name, a
 * concept id, or the country code of a profile) and its scope (the country it belongs to, or null
 * for international and EU-level things). Equal refs are the same resource in the graph.
 */
public record EntityRef(EntityType type, String key, String scope) {

    public static EntityRef profile(String countryCode) {
        return new EntityRef(EntityType.PROFILE, countryCode, countryCode);
    }

    public boolean isProfile() {
        return type == EntityType.PROFILE;
    }
}

package org.w3id.clusterpolicy.evaluate;

/**
 * One fact as the scorer sees it: its kind, its country (an authority code, or {@code EU} for text
 * about no country), what it says, the sentence it comes from and where it was read (a gold file and
 * line, or the IRI of the resource in the graph).
 */
public record Tuple(FactKind kind, String country, Claim claim, String evidence, String origin) {
    public static final String EU = "EU";

    public String describe() {
        return country + " " + claim.describe();
    }
}

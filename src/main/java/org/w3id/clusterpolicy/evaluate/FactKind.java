package org.w3id.clusterpolicy.evaluate;

/** The kinds of fact the evaluator scores, in the order reports list them. */
public enum FactKind {
    ENTITY("entity"), ROLE("role"), EVENT("event"), QUANTITY("quantity"), SECTOR("sector"), REGION("region"),
    FUNDING("funding"), STATUS("status"), PARTNER("partner");

    private final String id;

    FactKind(String id) {
        this.id = id;
    }

    /** The name used in reports and gold files. */
    public String id() {
        return id;
    }
}

package org.w3id.clusterpolicy.query;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.w3id.clusterpolicy.lang.CountryTable;

/**
 * The types a canned-query parameter can have, each turning the text a user gave into a typed RDF
 * term or refusing it. A value is only ever bound as a term, never pasted into the query text.
 */
public enum ParameterType {
    /** ISO 3166 alpha-2 or alpha-3 code, or country authority IRI; bound as the authority IRI. */
    COUNTRY("country"),
    /** An absolute http(s) IRI. */
    IRI("iri"),
    /** A year, 1000 to 2999; bound as xsd:integer. */
    YEAR("year"),
    /** A notation of the policy status scheme ("national-programme") or the status IRI; bound as the IRI. */
    STATUS("status"),
    /** A language of the labels: a code of the language registry ("en"); bound as a string. */
    LANGUAGE("language"),
    STRING("string");

    private final String id;

    ParameterType(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** The values a parameter of this type may take when they are few (the label languages); empty otherwise. */
    public List<String> choices() {
        return this == LANGUAGE ? org.w3id.clusterpolicy.lang.LanguageRegistry.listedCodes() : List.of();
    }

    public static ParameterType of(String id) {
        for (ParameterType t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown parameter type '" + id + "'");
    }

    /**
     * The term for a value, or a {@link BadParameterException} that says what was wrong.
     *
     * @param languages the codes a {@code language} value may take
     */
    public Node bind(String name, String value, CountryTable countries, Map<String, String> statuses, List<String> languages) {
        String v = value.strip();
        return switch (this) {
            case COUNTRY -> countries.resolve(v).map(c -> NodeFactory.createURI(c.iri())).orElseThrow(() ->
                    new BadParameterException(name, "'" + v + "' is not an ISO 3166 alpha-2 or alpha-3 code or country authority IRI of a known country"));
            case IRI -> {
                if (!(v.startsWith("http://") || v.startsWith("https://")) || !IRIs.check(v) || v.matches(".*[\\s<>\"{}|\\\\^`].*")) {
                    throw new BadParameterException(name, "'" + v + "' is not an absolute http(s) IRI");
                }
                yield NodeFactory.createURI(v);
            }
            case YEAR -> {
                if (!v.matches("[12]\\d{3}")) {
                    throw new BadParameterException(name, "'" + v + "' is not a year (four digits)");
                }
                yield NodeFactory.createLiteralDT(v, XSDDatatype.XSDinteger);
            }
            case STATUS -> {
                String iri = statuses.containsValue(v) ? v : statuses.get(v.toLowerCase(Locale.ROOT));
                if (iri == null) {
                    throw new BadParameterException(name, "'" + v + "' is not a policy status (one of "
                            + String.join(", ", statuses.keySet().stream().sorted().toList()) + ")");
                }
                yield NodeFactory.createURI(iri);
            }
            case LANGUAGE -> {
                if (!languages.contains(v)) {
                    throw new BadParameterException(name, "'" + v + "' is not a label language (one of " + String.join(", ", languages) + ")");
                }
                yield NodeFactory.createLiteralString(v);
            }
            case STRING -> NodeFactory.createLiteralString(v);
        };
    }
}

package org.w3id.clusterpolicy.lang;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the converter words the labels of the resources it mints, in one language
 * ({@code labels} in language.yaml). A template names its parts in braces: "sentence {begin}–{end}
 * of {document}". The loader rejects a missing template or an unknown part.
 */
public record LabelTemplates(String sentence, String section, String profile, String role, String event,
                             String assertion, String quantity, String exactQuantity, String countryScheme) {
    private static final Pattern PART = Pattern.compile("\\{([a-z]+)}");

    /** Fails when a template is missing or names a part its resource does not have. */
    void check(String where) {
        require(where, "sentence", sentence, "begin", "end", "document");
        require(where, "section", section, "country", "document", "begin", "end");
        require(where, "profile", profile, "country");
        require(where, "role", role, "agent", "role", "target");
        require(where, "event", event, "subject", "type", "date");
        require(where, "assertion", assertion, "country", "property", "value");
        require(where, "quantity", quantity, "qualifier", "value", "counted");
        require(where, "exactQuantity", exactQuantity, "value", "counted");
        require(where, "countryScheme", countryScheme);
    }

    private static void require(String where, String name, String template, String... parts) {
        if (template == null || template.isBlank()) {
            throw new IllegalStateException(where + ": labels." + name + " is missing");
        }
        Matcher m = PART.matcher(template);
        while (m.find()) {
            if (!java.util.List.of(parts).contains(m.group(1))) {
                throw new IllegalStateException(where + ": labels." + name + " names {" + m.group(1) + "}, which a " + name
                        + " label does not have (it has " + String.join(", ", parts) + ")");
            }
        }
    }

    public String sentence(int begin, int end, String document) {
        return fill(sentence, "begin", begin, "end", end, "document", document);
    }

    public String section(String country, String document, int begin, int end) {
        return fill(section, "country", country, "document", document, "begin", begin, "end", end);
    }

    public String profile(String country) {
        return fill(profile, "country", country);
    }

    public String role(String agent, String role, String target) {
        return fill(this.role, "agent", agent, "role", role, "target", target);
    }

    public String event(String subject, String type, String date) {
        return fill(event, "subject", subject, "type", type, "date", date);
    }

    public String assertion(String country, String property, String value) {
        return fill(assertion, "country", country, "property", property, "value", value);
    }

    /** A stated number; {@code qualifier} is null for an exact one ("15 capability studies"). */
    public String quantity(String qualifier, String value, String counted) {
        return qualifier == null ? fill(exactQuantity, "value", value, "counted", counted)
                : fill(quantity, "qualifier", qualifier, "value", value, "counted", counted);
    }

    private static String fill(String template, Object... namesAndValues) {
        StringBuilder out = new StringBuilder();
        Matcher m = PART.matcher(template);
        while (m.find()) {
            Object value = null;
            for (int i = 0; i < namesAndValues.length; i += 2) {
                if (namesAndValues[i].equals(m.group(1))) {
                    value = namesAndValues[i + 1];
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(value)));
        }
        m.appendTail(out);
        return out.toString();
    }
}

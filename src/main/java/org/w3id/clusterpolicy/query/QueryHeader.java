package org.w3id.clusterpolicy.query;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The {@code #+} header of a canned query, after grlc's convention: the lines at the top of the
 * file that start with {@code #+} hold YAML with the title, description, parameters and columns.
 * Being comments, they leave the file valid SPARQL. An optional {@code translations} map gives, per
 * language code, the title, description and parameter descriptions in that language.
 */
record QueryHeader(String title, String description, List<Param> parameters, List<String> columns,
                   Map<String, Translation> translations) {

    record Param(String name, String type, Boolean required, String example, String description,
                 @com.fasterxml.jackson.annotation.JsonProperty("default") String defaultValue) {}

    /** The title, description and parameter descriptions in another language, keyed by parameter name. */
    record Translation(String title, String description, Map<String, String> parameters) {}

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static QueryHeader parse(String name, String text) {
        StringBuilder yaml = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.startsWith("#+")) {
                yaml.append(line.length() > 2 && line.charAt(2) == ' ' ? line.substring(3) : line.substring(2)).append('\n');
            } else if (!line.isBlank()) {
                break;
            }
        }
        if (yaml.isEmpty()) {
            throw new IllegalStateException("query " + name + " has no #+ header");
        }
        try {
            QueryHeader h = YAML.readValue(yaml.toString(), QueryHeader.class);
            if (h.title() == null || h.description() == null || h.columns() == null || h.columns().isEmpty()) {
                throw new IllegalStateException("query " + name + ": the header needs title, description and columns");
            }
            return h;
        } catch (IOException e) {
            throw new IllegalStateException("query " + name + ": bad #+ header: " + e.getMessage(), e);
        }
    }

    List<Param> params() {
        return parameters == null ? List.of() : parameters;
    }

    Map<String, Translation> translated() {
        return translations == null ? Map.of() : translations;
    }
}

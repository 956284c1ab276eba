package org.w3id.clusterpolicy.query;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Query;

/**
 * A query of the catalogue: its name (the file name without {@code .rq}), the title, description,
 * parameters and result columns its {@code #+} header declares, and the parsed query.
 */
@JsonPropertyOrder({"name", "title", "description", "parameters", "columns"})
public record CannedQuery(String name, String title, String description, List<Parameter> parameters,
                          List<String> columns, @JsonIgnore String text, @JsonIgnore Query query,
                          @JsonIgnore Map<String, Translation> translations) {

    /** Title, description and parameter descriptions (by parameter name) in one other language. */
    public record Translation(String title, String description, Map<String, String> parameters) {}

    public CannedQuery {
        translations = translations == null ? Map.of() : Map.copyOf(translations);
    }

    /** The languages the header is written in: English, then those of its translations, in code order. */
    public List<String> languages() {
        List<String> out = new ArrayList<>(List.of("en"));
        translations.keySet().stream().sorted().filter(l -> !l.equals("en")).forEach(out::add);
        return out;
    }

    /**
     * The query as its header reads in {@code lang}: translated title, description and parameter
     * descriptions where the header has them, English where it does not.
     */
    public CannedQuery in(String lang) {
        Translation t = translations.get(lang);
        if (t == null) {
            return this;
        }
        List<Parameter> params = new ArrayList<>();
        for (Parameter p : parameters) {
            String d = t.parameters() == null ? null : t.parameters().get(p.name());
            params.add(d == null ? p : new Parameter(p.name(), p.type(), p.required(), p.example(), d, p.defaultValue()));
        }
        return new CannedQuery(name, t.title() != null ? t.title() : title, t.description() != null ? t.description().strip() : description,
                List.copyOf(params), columns, text, query, translations);
    }

    public Optional<Parameter> parameter(String paramName) {
        return parameters.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }
}

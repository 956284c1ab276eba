package org.w3id.clusterpolicy.query;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;

/**
 * A query of the catalogue: its name (the file name without {@code .rq}), the title, description,
 * parameters and result columns its {@code #+} header declares, and the parsed query.
 */
@JsonPropertyOrder({"name", "title", "description", "parameters", "columns"})
public record CannedQuery(String name, String title, String description, List<Parameter> parameters,
                          List<String> columns, @JsonIgnore String text, @JsonIgnore Query query) {

    public Optional<Parameter> parameter(String paramName) {
        return parameters.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }
}

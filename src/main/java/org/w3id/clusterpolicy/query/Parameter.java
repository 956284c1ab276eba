package org.w3id.clusterpolicy.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A parameter of a canned query, as its header declares it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "type", "required", "default", "example", "description"})
public record Parameter(String name, ParameterType type, boolean required, String example, String description,
                        @com.fasterxml.jackson.annotation.JsonProperty("default") String defaultValue) {}

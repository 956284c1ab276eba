package org.w3id.clusterpolicy.evaluate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A listed outcome: a missed gold fact, an unexpected found fact, or a damaged pair (then
 * {@code found} and {@code damage} say what was found and what is wrong with it). {@code origin} is
 * the gold file and line, or the IRI of the found resource; {@code note} explains duplicates and
 * merges.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"kind", "country", "fact", "found", "damage", "note", "evidence", "origin"})
public record Finding(String kind, String country, String fact, String found, String damage, String note,
                      String evidence, String origin) {}

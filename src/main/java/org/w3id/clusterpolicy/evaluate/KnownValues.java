package org.w3id.clusterpolicy.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.clusterpolicy.lang.CountryTable;
import org.w3id.clusterpolicy.rdf.OntologyConcepts;
import org.w3id.clusterpolicy.rdf.Vocab;

/**
 * The controlled values a gold file may use: the notations of the ontology's schemes (kinds, role and
 * event types, qualifiers, counted things, statuses), the sectors and funding sources of
 * {@code concepts.ttl} (with the planned sectors of {@code known-values.yaml}), and the countries.
 */
public final class KnownValues {
    static final String RESOURCE = "/org/w3id/clusterpolicy/evaluate/known-values.yaml";

    private final Map<String, Set<String>> byList = new HashMap<>();
    private final Map<String, String> broaderStatus = new HashMap<>();

    public KnownValues(OntologyConcepts concepts, CountryTable countries) {
        put("programme kind", concepts.notations("ProgrammeKindScheme").keySet());
        put("organisation kind", concepts.notations("OrganisationKindScheme").keySet());
        put("role type", concepts.notations("RoleTypeScheme").keySet());
        put("event type", concepts.notations("EventTypeScheme").keySet());
        put("qualifier", concepts.notations("QualifierScheme").keySet());
        put("counted thing", concepts.notations("CountedThingScheme").keySet());
        put("status", concepts.notations("PolicyStatusScheme").keySet());
        Set<String> sectors = members(concepts.ontology(), "SectorScheme");
        sectors.addAll(plannedSectors());
        put("sector", sectors);
        put("funding source", members(concepts.ontology(), "FundingSourceScheme"));
        Set<String> codes = new TreeSet<>();
        countries.all().forEach(c -> codes.add(c.code()));
        codes.add(Tuple.EU);
        put("country", codes);
        Map<String, String> statusIris = concepts.notations("PolicyStatusScheme");
        Map<String, String> notationOf = new HashMap<>();
        statusIris.forEach((notation, iri) -> notationOf.put(iri, notation));
        statusIris.forEach((notation, iri) -> concepts.ontology().find(Vocab.iri(iri), Vocab.iri(Vocab.SKOS + "broader"), Node.ANY)
                .forEachRemaining(t -> broaderStatus.put(notation, notationOf.get(t.getObject().getURI()))));
    }

    private void put(String list, Set<String> values) {
        byList.put(list, Set.copyOf(values));
    }

    /** The values of a list ("programme kind", "sector", "country" ...). */
    public Set<String> values(String list) {
        Set<String> v = byList.get(list);
        if (v == null) {
            throw new IllegalArgumentException("no list " + list);
        }
        return v;
    }

    /** Policy status notation to the notation of its broader status. */
    public Map<String, String> broaderStatus() {
        return Map.copyOf(broaderStatus);
    }

    private static Set<String> members(Graph ontology, String scheme) {
        Set<String> out = new TreeSet<>();
        ontology.find(Node.ANY, Vocab.IN_SCHEME, Vocab.cpo(scheme)).forEachRemaining(t -> {
            String iri = t.getSubject().getURI();
            out.add(iri.substring(iri.lastIndexOf('/') + 1));
        });
        return out;
    }

    private static List<String> plannedSectors() {
        try (InputStream in = KnownValues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            @SuppressWarnings("unchecked")
            Map<String, List<String>> file = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
            return file.get("sectors");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
